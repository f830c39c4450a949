"""Text services over the store and the domain: search, suggestions, similar comments,
keywords, and signatures. No Qt; used by the use cases in app.api."""
