"""Conversations, their storage, and the turn pipeline that joins the layers."""
