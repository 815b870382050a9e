"""Briefing packs: templates, the user's choices (`PackSpec`), assembly into the format-neutral `Pack`. No Qt."""
