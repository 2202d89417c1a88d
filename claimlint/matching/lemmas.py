"""English inflections for the lemmas that rules use.

Blank spaCy pipelines have no lemmatizer data, and rules only ever ask for a few dozen lemmas, so
claimlint generates the inflected forms of exactly those lemmas. The same table drives the
prefilter (every form is a trigger) and the lemma each token gets, so the two never disagree.
"""

from __future__ import annotations

IRREGULAR = {
    "be": ("is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m"),
    "do": ("does", "did", "done", "doing"),
    "have": ("has", "had", "having", "'ve"),
    "go": ("goes", "went", "gone", "going"),
    "drive": ("drove", "driven"),
    "ride": ("rode", "ridden"),
    "take": ("took", "taken"),
    "let": ("let", "letting"),
    "sleep": ("slept",),
    "keep": ("kept",),
    "leave": ("left",),
    "make": ("made",),
    "get": ("got", "gotten", "getting"),
    "sit": ("sat", "sitting"),
    "forget": ("forgot", "forgotten", "forgetting"),
    "see": ("saw", "seen"),
    "hold": ("held",),
    "send": ("sent",),
    "write": ("wrote", "written"),
    "read": ("read",),
    "eat": ("ate", "eaten"),
    "think": ("thought",),
    "run": ("ran", "running"),
    "put": ("put", "putting"),
    "fall": ("fell", "fallen"),
    "steer": (),
    "can": ("could", "ca"),
    "will": ("would", "wo"),
    "lie": ("lay", "lain", "lying"),
    "pay": ("paid",),
    "bring": ("brought",),
    "find": ("found",),
    "give": ("gave", "given"),
    "feel": ("felt",),
    "catch": ("caught",),
    "spend": ("spent",),
    "stop": ("stopped", "stopping"),
    "nap": ("napped", "napping"),
    "chat": ("chatted", "chatting"),
    "text": ("texts", "texted", "texting"),
    "man": ("men",),
    "foot": ("feet",),
}


def inflections(lemma: str) -> frozenset[str]:
    """The lemma and its regular and irregular inflected forms (verbs and nouns)."""
    lemma = lemma.lower()
    forms = {lemma, *IRREGULAR.get(lemma, ())}
    if " " in lemma or not lemma.isalpha():
        return frozenset(forms)
    if lemma.endswith("e"):
        forms.update({lemma + "s", lemma + "d", lemma[:-1] + "ing"})
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms.update({lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"})
    elif lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        forms.update({lemma + "es", lemma + "ed", lemma + "ing"})
    else:
        forms.update({lemma + "s", lemma + "ed", lemma + "ing"})
        if _doubles_final_consonant(lemma):
            forms.update({lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"})
    return frozenset(forms)


def _doubles_final_consonant(lemma: str) -> bool:
    """knit → knitted, nap → napping: a short word ending consonant-vowel-consonant."""
    vowels = "aeiou"
    return (len(lemma) <= 5 and len(lemma) >= 3 and lemma[-1] not in vowels + "wxy"
            and lemma[-2] in vowels and lemma[-3] not in vowels)


def lemma_table(lemmas: set[str]) -> dict[str, str]:
    """Map every inflected form of the given lemmas back to its lemma."""
    table: dict[str, str] = {}
    for lemma in sorted(lemmas):
        for form in inflections(lemma):
            table.setdefault(form, lemma)
    return table
