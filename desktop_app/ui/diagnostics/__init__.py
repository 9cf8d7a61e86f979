"""Help › Copy diagnostics, the log folder, and the dialog an unhandled error shows."""
