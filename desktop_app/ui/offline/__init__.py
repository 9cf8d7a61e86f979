"""Qt views over the offline-first catalog (``services.offline.OfflineCatalog``)."""
