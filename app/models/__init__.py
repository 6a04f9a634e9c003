"""Model files: the bundled default model and checks made before llama.cpp opens a file."""
