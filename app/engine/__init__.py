"""The inference engine: llama.cpp in a child process behind a small message protocol."""
