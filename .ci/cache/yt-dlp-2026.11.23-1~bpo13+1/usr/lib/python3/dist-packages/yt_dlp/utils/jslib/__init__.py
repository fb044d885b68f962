# Utility functions for handling web input based on commonly used JavaScript libraries
