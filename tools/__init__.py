"""Developer tools: catalog extraction and build hooks (not shipped in the app)."""
