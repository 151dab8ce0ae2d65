"""Reading articles and extracting their graphs."""
