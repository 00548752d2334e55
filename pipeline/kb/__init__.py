"""Knowledge base of agencies, missions, organisations and treaties (data in ``kb/data``)."""

from .kb import Agency, Candidate, KnowledgeBase, KnowledgeBaseError, Mission, default_kb

__all__ = ["Agency", "Candidate", "KnowledgeBase", "KnowledgeBaseError", "Mission", "default_kb"]
