"""All Azerbaijani language knowledge: alphabet, suffixes, phrases. Stages ask; they do not hard-code rules."""
