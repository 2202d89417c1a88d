"""The engine: a document and compiled rules in, findings out. No command line, no output.

Per segment: normalize (with an offset map) → one prefilter pass → sentences → for candidate
sentences only, spaCy matching in the sentence's language → context checks → findings located in
the original source. The learned models score the sentences no pattern matched, and a short
paragraph whole when none of its sentences gave a finding. Document-level rules run last, over the
whole document.
"""

from __future__ import annotations

import bisect
import html
import re
from dataclasses import dataclass, field, replace

from claimlint import context, document_rules, startup
from claimlint.document_rules import RawMatch
from claimlint.findings import Finding
from claimlint.matching import literals, paraphrase
from claimlint.matching.matcher import LanguageMatcher, token_boundaries
from claimlint.matching.prefilter import Prefilter
from claimlint.normalize import HAN_RE, Normalized, normalize
from claimlint.readers.base import Document, Segment
from claimlint.rules.guarded_regex import RegexTimeout
from claimlint.rules.model import Pattern, Rule
from claimlint.sentences import Sentence, language_of, split_sentences


# A document with more matches than this is machine-made or hostile (a claim repeated 300,000
# times): linting stops there, with a note, so that time and memory stay bounded.
MAX_MATCHES_PER_DOCUMENT = 10_000

# How much of a long sentence a finding keeps as its context.
CONTEXT_REACH = 300
# A paragraph of two to four sentences, one of them short, is also scored whole by the learned
# models when none of its sentences gave a finding (`_paraphrase_unit`).
UNIT_SENTENCES = 4
UNIT_LENGTH = 300
UNIT_SHORT_SENTENCE = {"en": 40, "zh": 16}

# Markup that can split a trigger term in a raw file: tags, emphasis, escapes, code ticks.
_MARKUP_RE = re.compile(r"<[^<>]{0,2000}>|[*_`~\\]")
_WHITESPACE_RE = re.compile(r"\s+")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]{2}")
_LATIN_TERM_WORD_RE = re.compile(r"[a-z]+(?:-[a-z]+)*")
_HYPHEN_AT_LINE_END_RE = re.compile("[-\uff0d\u2010\u2011][ \t]*\r?\n")


@dataclass
class Engine:
    rules: list[Rule]
    languages: tuple[str, ...] = ("en", "zh")
    product_level: int | None = None
    severity_overrides: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rules = [r for r in self.rules if self._applies(r)]
        self._sentence_rules = [(i, r) for i, r in enumerate(self.rules) if not r.is_document_rule]
        self._document_rules = [r for r in self.rules if r.is_document_rule]
        # Every sentence pattern gets an id; the prefilter says which ones a sentence may match.
        self._patterns = [(i, rule, p) for i, rule in self._sentence_rules for p in rule.patterns if p.kind != "model"]
        # Learned paraphrase models score the sentences that no pattern matched (`model:` patterns),
        # grouped by model file, so that a sentence's features are computed once per file.
        self._models: dict[str, dict[str, list[tuple[Rule, Pattern]]]] = {}
        for _, rule in self._sentence_rules:
            for pattern in rule.patterns:
                if pattern.kind == "model":
                    for lang in set(rule.languages) & set(self.languages):
                        self._models.setdefault(lang, {}).setdefault(pattern.value["file"], []).append((rule, pattern))
        # Each pattern is found by its most selective necessary clause (the anchor); the rest of
        # its clauses are checked on the sentences the anchor finds.
        anchored = [literals.anchor_and_checks(p.triggers, p.condition, p.anchor) for _, _, p in self._patterns]
        self._prefilter = Prefilter(self._triggers([anchor for anchor, _ in anchored]))
        # The words a hyphen at a line break may be dropped for ("autono-\nmous"): the rules' own.
        self._words = _latin_words(term for _, _, p in self._patterns for term in p.triggers)
        # The other clauses, numbered (patterns share many), and what each pattern needs of them:
        # one scan of a sentence for all clause strings says which patterns' clauses all hold.
        self._needs, clause_terms = _numbered_clauses({pid: checks for pid, (_, checks) in enumerate(anchored) if checks})
        self._clause_scan = Prefilter(clause_terms)
        # Regex patterns without triggers must look at every sentence of their languages.
        self._always = {
            lang: {pid for pid, (_, rule, p) in enumerate(self._patterns) if p.kind == "regex" and not p.triggers
                   and lang in rule.languages}
            for lang in self.languages
        }
        self._has_always = any(self._always.values())
        self._of_language = {
            lang: {pid for pid, (_, rule, _) in enumerate(self._patterns) if lang in rule.languages}
            for lang in self.languages
        }
        self._matchers: dict[str, LanguageMatcher] = {}
        self.warnings: list[str] = []

    def _applies(self, rule: Rule) -> bool:
        if not set(rule.languages) & set(self.languages):
            return False
        if rule.max_level is not None and self.product_level is not None:
            return self.product_level <= rule.max_level
        return True

    @staticmethod
    def _triggers(anchors: list[tuple[str, ...]]) -> dict[str, set[int]]:
        triggers: dict[str, set[int]] = {}
        for pattern_id, anchor in enumerate(anchors):
            for term in anchor:
                triggers.setdefault(term, set()).add(pattern_id)
        return triggers

    def matcher(self, lang: str) -> LanguageMatcher:
        """Built on first use, so copy without candidates never loads spaCy or jieba."""
        if lang not in self._matchers:
            rules = [(i, r) for i, r in self._sentence_rules if lang in r.languages]
            with startup.collector_paused():
                self._matchers[lang] = LanguageMatcher(lang, rules)
        return self._matchers[lang]

    def could_match(self, text: str) -> bool:
        """Whether the raw text of a file might give any finding, before a reader parses it: a
        trigger scan of the raw text, then of its normalized forms. False is a promise (markup,
        escapes and entities are accounted for), so an archive's many irrelevant pages are never
        parsed. Only whether a term occurs is asked, never where."""
        lowered = text.lower()
        if "claimlint:" in lowered or self._has_always or self._models:
            return True
        # A trigger term in the raw text settles it at once (the usual case for copy that gets
        # parsed anyway); only files without one pay for the normalized passes below.
        if self._prefilter.occurs_in(lowered):
            return True
        if "&" in text:
            text = html.unescape(text)
        stripped = _MARKUP_RE.sub("", text)
        # Readers collapse whitespace runs (HTML) and may join lines; trigger terms hold single spaces.
        candidate = normalize(_WHITESPACE_RE.sub(" ", stripped)).text
        if self._prefilter.occurs_in(candidate) or self._hyphenated_hits(stripped):
            return True
        # Deleting markup can glue words ("self**L2 .5" → "selfl2 .5", so the spaced level is not
        # joined); the reader keeps them apart, so markup read as a space must be tried too.
        if stripped != text:
            spaced = _MARKUP_RE.sub(" ", text)
            if self._prefilter.occurs_in(normalize(_WHITESPACE_RE.sub(" ", spaced)).text) or self._hyphenated_hits(spaced):
                return True
        return document_rules.promotes(self._document_rules, candidate)

    def _hyphenated_hits(self, text: str) -> bool:
        r"""Whether triggers occur once words hyphenated at a line break are joined ("autono-\nmous"):
        normalization joins them only where the line break is still there."""
        if not _HYPHEN_AT_LINE_END_RE.search(text):
            return False
        kept_breaks = _WHITESPACE_RE.sub(_one_space_or_break, text)
        return self._prefilter.occurs_in(normalize(kept_breaks, self._words).flat())

    # --- linting ---------------------------------------------------------------------------------

    def lint(self, document: Document, whole_document: bool = True) -> list[Finding]:
        matches: list[RawMatch] = []
        normalized = [(segment, normalize(segment.text, self._words)) for segment in document.segments]
        for segment, text in normalized:
            self._lint_segment(document, segment, text, matches)
            if len(matches) >= MAX_MATCHES_PER_DOCUMENT:
                document.notes.append(f"stopped after {MAX_MATCHES_PER_DOCUMENT} matches: generated or hostile text?")
                break
        if self._document_rules and whole_document:
            matches.extend(document_rules.check(self._document_rules, normalized, self.warnings))
        return _merge([self._finding(document, m) for m in matches])

    def _lint_segment(self, document: Document, segment: Segment, normalized: Normalized, found: list[RawMatch]) -> None:
        """Append the segment's matches to `found`, stopping at the per-document cap."""
        flat = normalized.flat()
        hits = self._prefilter.hits(flat)
        if not hits and not self._has_always and not self._models:
            return
        sentences = split_sentences(normalized.text)
        found_before = len(found)
        for sentence in sentences:
            if len(found) >= MAX_MATCHES_PER_DOCUMENT:
                return
            text = flat[sentence.start : sentence.end]
            triggered = hits.patterns_in(sentence.start, sentence.end)
            candidates_by_lang = [(lang, candidates) for lang in self._languages_of(sentence, text)
                                  if (candidates := self._candidates(triggered, lang, text))]
            scored = sentence.lang in self._models
            if not candidates_by_lang and not scored:
                continue  # most sentences: no pattern to run and no model to score them
            following = flat[sentence.end : sentence.end + 160]
            preceding = flat[max(0, sentence.start - 160) : sentence.start]
            around = context.fragment_surroundings(text, preceding, following) if _is_whole_line(normalized.text, sentence) else ""
            before = len(found)
            for lang, candidates in candidates_by_lang:
                for rule, start, end in self._match_sentence(text, lang, candidates, following, around):
                    found.append(self._locate(document, segment, normalized, sentence, rule, start, end))
            if len(found) == before and scored:
                for rule, cues in self._paraphrases(text, sentence.lang, following, preceding, around):
                    match = self._locate(document, segment, normalized, sentence, rule, 0, len(text))
                    found.append(replace(match, cues=cues))
        if self._models and len(found) == found_before and 1 < len(sentences) <= UNIT_SENTENCES:
            self._paraphrase_unit(document, segment, normalized, sentences, flat, found)

    def _paraphrase_unit(self, document: Document, segment: Segment, normalized: Normalized,
                         sentences: list[Sentence], flat: str, found: list[RawMatch]) -> None:
        """The learned models' reading of a short paragraph as a whole, when none of its sentences
        gave a finding: a claim can arise only between sentences ("Other cars need a driver. Ours
        needs a destination."; 出租车有司机。你的车，也有。), and the models were trained on whole
        corpus items, many of them two or three sentences long. Only paragraphs with a short
        sentence (a question, a punchline, a slogan's half) are read so; prose paragraphs are left to
        the sentence-by-sentence reading, which keeps the default run's cost unchanged. The finding
        spans the paragraph."""
        start, end = sentences[0].start, sentences[-1].end
        shortest = min(sentence.end - sentence.start for sentence in sentences)
        if end - start > UNIT_LENGTH or shortest > UNIT_SHORT_SENTENCE[sentences[0].lang]:
            return
        unit = Sentence(start, end, language_of(flat[start:end]))
        if unit.lang not in self._models:
            return
        text = flat[start:end]
        for rule, cues in self._paraphrases(text, unit.lang):
            match = self._locate(document, segment, normalized, unit, rule, 0, len(text))
            found.append(replace(match, cues=cues))

    def _paraphrases(self, text: str, lang: str, following: str = "", preceding: str = "",
                     around: str = "") -> list[tuple[Rule, tuple[str, ...]]]:
        """Model rules whose label the sentence scores high enough for, with the cues that weighed
        most. A model that can no longer be read is reported once and skipped. `following` and
        `preceding` are the texts around the sentence, for a question and its answer; `around` is a
        short line with its neighbours, for the domain they give it."""
        judged = []
        for path, members in list(self._models[lang].items()):
            labels = [(pattern.value["label"], pattern.value["threshold"]) for _, pattern in members]
            try:
                results = paraphrase.judge(path, labels, text, lang)
            except paraphrase.ModelError as error:
                del self._models[lang][path]
                rule, pattern = members[0]
                self.warnings.append(f"{rule.path}:{pattern.line}: rule {rule.id}: {error}")
                continue
            quoted = _any_finding(results) and self._claim_only_in_quotes(path, labels, text, lang)
            judged.extend(
                (rule, cues) for (rule, _), cues in zip(members, results)
                if cues is not None and not _sentence_cleared(rule, text, following, preceding, around)
                and not (quoted and "mention" in rule.exceptions)
            )
        return judged

    @staticmethod
    def _claim_only_in_quotes(path: str, labels: list, text: str, lang: str) -> bool:
        """A model finding's use–mention check: the sentence names its words as words (a mention
        cue) and, without its quotations, no longer reads as a claim ("Fennick's 'never misses a
        lane line' boast fails on worn paint"). Pattern findings get the same check from their
        span; a model's finding has none, so the model judges the rest of the sentence."""
        if not context.has_mention_cue(text):
            return False
        outside = context.without_quotations(text)
        return outside != text and not _any_finding(paraphrase.judge(path, labels, outside, lang))

    def _languages_of(self, sentence: Sentence, text: str) -> list[str]:
        """The sentence's language, and Chinese too for Chinese words inside English copy
        ("brings 自动驾驶 to the UK"); Latin terms inside Chinese copy are already covered by the
        rules that list both languages."""
        languages = [sentence.lang] if sentence.lang in self.languages else []
        if sentence.lang == "en" and "zh" in self.languages and HAN_RE.search(text):
            languages.append("zh")
        return languages

    def _candidates(self, pattern_ids: set[int], lang: str, text: str) -> list[int]:
        """Patterns worth running on a sentence: triggered ones of its language whose other
        necessary strings occur in it too, and trigger-less regexes."""
        triggered = pattern_ids & self._of_language[lang]
        needs = self._needs
        if any(pid in needs for pid in triggered):
            held = self._clause_scan.ids_in(text)
            triggered = {pid for pid in triggered if pid not in needs or needs[pid] <= held}
        return sorted(triggered | self._always[lang])

    def _match_sentence(self, text: str, lang: str, candidates: list[int], following: str = "",
                        around: str = "") -> list[tuple[Rule, int, int]]:
        """(rule, start, end) offsets within the sentence text, after context checks. Regexes run
        first; the sentence is tokenized only when a phrase or token pattern is a candidate or a
        regex matched. `following` is the text after the sentence, for questions answered there."""
        regex_spans = self._regex_spans(text, candidates)
        needs_spacy = any(self._patterns[pid][2].kind in ("phrase", "tokens") for pid in candidates)
        if not regex_spans and not needs_spacy:
            return []
        matcher = self.matcher(lang)
        doc = matcher.tokenize(text)
        found = []
        if needs_spacy:
            found = [(self.rules[m.rule_index], m.start, m.end, m.token_start, m.token_end) for m in matcher.run(doc)]
        found.extend(self._regex_matches(doc, lang, regex_spans))
        return [
            (rule, start, end)
            for rule, start, end, token_start, token_end in found
            if not _cleared(rule, doc, text, lang, start, end, token_start, token_end, following, around)
        ]

    def _regex_spans(self, text: str, candidates: list[int]) -> list[tuple[Rule, int, int]]:
        spans = []
        for pid in candidates:
            _, rule, pattern = self._patterns[pid]
            if pattern.kind != "regex":
                continue
            try:
                spans.extend((rule, start, end) for start, end in pattern.value.spans(text))
            except RegexTimeout as error:
                self.warnings.append(f"{rule.path}:{pattern.line}: rule {rule.id}: {error}")
        return spans

    def _regex_matches(self, doc, lang: str, spans: list[tuple[Rule, int, int]]):
        """Regex matches with token offsets. In Chinese a match that both starts and ends inside
        words of the segmentation (脱手 in 摆脱手机) is dropped; regexes often end on a word's first
        character, so one boundary is enough."""
        boundaries = token_boundaries(doc)[0] if lang == "zh" and spans else None
        for rule, start, end in spans:
            if boundaries is not None and start not in boundaries and end not in boundaries:
                continue
            span = doc.char_span(start, end, alignment_mode="expand")
            token_start, token_end = (span.start, span.end) if span is not None else (0, 0)
            yield rule, start, end, token_start, token_end

    def _locate(self, document, segment, normalized: Normalized, sentence: Sentence, rule, start, end) -> RawMatch:
        seg_start, seg_end = normalized.input_span(sentence.start + start, sentence.start + end)
        source_start, source_end = segment.source_span(seg_start, seg_end)
        sent_start, sent_end = normalized.input_span(sentence.start, sentence.end)
        s_start, s_end = segment.source_span(sent_start, sent_end)
        # The sentence around the match, at most CONTEXT_REACH characters either side of it.
        s_start, s_end = max(s_start, source_start - CONTEXT_REACH), min(s_end, source_end + CONTEXT_REACH)
        return RawMatch(rule, source_start, source_end, document.source[s_start:s_end], lang=sentence.lang)

    def _finding(self, document: Document, match: RawMatch) -> Finding:
        rule = match.rule
        line, column = document.line_col(match.start)
        end_line, end_column = document.line_col(match.end)
        text = document.source[match.start : match.end]
        return Finding(
            path=document.path,
            line=line,
            column=column,
            end_line=end_line,
            end_column=end_column,
            rule_id=rule.id,
            ruleset=rule.ruleset,
            category=rule.category,
            severity=self.severity_overrides.get(rule.id, self.severity_overrides.get(rule.ruleset, rule.severity)),
            message=rule.message_in(match.lang) + (f" (cues: {', '.join(match.cues)})" if match.cues else ""),
            text=text,
            suggestions=_in_reading_order(rule.suggestions, text, match.lang),
            basis=(rule.basis,) if rule.basis else (),
            rulesets=(rule.ruleset,),
            location=document.line_labels.get(line),
            context=" ".join(match.sentence.split()),
            fixable=rule.fix == "safe",
            start_offset=match.start,
            end_offset=match.end,
        )


def _any_finding(judged: list[tuple[str, ...] | None]) -> bool:
    """Whether a model judged any label a claim: a claim carried by function words alone has no
    cue to show, an empty tuple, and is still a claim."""
    return any(cues is not None for cues in judged)


def _one_space_or_break(whitespace: re.Match) -> str:
    return "\n" if "\n" in whitespace.group() else " "


def _latin_words(terms) -> frozenset[str]:
    """The Latin words (hyphenated ones whole) of trigger terms: "hands-free mode" gives
    "hands-free" and "mode"."""
    return frozenset(word for term in terms for word in term.split() if _LATIN_TERM_WORD_RE.fullmatch(word))


def _numbered_clauses(checks: dict[int, tuple]) -> tuple[dict[int, frozenset[int]], dict[str, set[int]]]:
    """Each distinct clause numbered: per pattern, the numbers of its clauses; per clause string,
    the numbers of the clauses it satisfies."""
    numbers: dict[frozenset, int] = {}
    needs = {pid: frozenset(numbers.setdefault(frozenset(clause), len(numbers)) for clause in clauses)
             for pid, clauses in checks.items()}
    terms: dict[str, set[int]] = {}
    for clause, number in numbers.items():
        for term in clause:
            terms.setdefault(term, set()).add(number)
    return needs, terms


def _cleared(rule: Rule, doc, text: str, lang: str, start: int, end: int, token_start: int, token_end: int,
             following: str = "", around: str = "") -> bool:
    """Whether context clears this match (only the checks the rule allows)."""
    exceptions = rule.exceptions
    if rule.unless and any(_overlaps(text, term, start, end) for term in rule.unless):
        return True
    if "negation" in exceptions:
        rhetorical = context.rhetorical_who(text, start, end)
        if rhetorical == "denies":
            return True
        if rhetorical is None and token_end > token_start and context.is_negated(doc, token_start, token_end, lang, start):
            return True
        if context.is_answered_no(text, following, end) or context.is_refuted_report(text, following, start):
            return True
        if context.has_negative_subject(text, start):
            return True
    if "supervised-hands-free" in exceptions and context.is_supervised_hands_free(text, following):
        return True
    if "mention" in exceptions and context.is_mention(text, start, end):
        return True
    if "other-domain" in exceptions and (context.is_other_domain(text, start, end) or context.is_other_domain_around(around)):
        return True
    return _cleared_by_sentence_cues(rule, text)


def _sentence_cleared(rule: Rule, text: str, following: str = "", preceding: str = "", around: str = "") -> bool:
    """The context checks that judge a whole sentence, for findings that have no narrower span
    (the paraphrase models'): reports and critiques, other domains, a question answered no ("Does
    it drive itself? No.", and the "No." itself), a sentence that states the driver's duty ("you'll
    be doing the driving": the model weighed the duty's own words), and the cues below."""
    exceptions = rule.exceptions
    return (
        ("mention" in exceptions and (context.is_report_or_critique(text) or context.is_mistaken_belief(text)))
        or ("negation" in exceptions and (context.is_question_answered_no(text, following)
                                          or context.is_no_to_question_before(preceding, text)
                                          or context.is_refuted_report(text, following, len(text))))
        or ("other-domain" in exceptions and (context.is_other_domain(text) or context.is_other_domain_around(around)))
        or ("negation" in exceptions and context.states_driver_duty(text))
        or _cleared_by_sentence_cues(rule, text)
    )


def _is_whole_line(text: str, sentence: Sentence) -> bool:
    """The sentence is a line of its own (a bullet, a heading, a table cell, a poster line)."""
    return text[sentence.start - 1 : sentence.start] in ("", "\n") and text[sentence.end : sentence.end + 1] in ("", "\n")


def _cleared_by_sentence_cues(rule: Rule, text: str) -> bool:
    """Checks that read only the sentence, shared by pattern and model findings: a person drives,
    a certified Level 3 with its conditions, and warnings about driver monitoring, use at a
    standstill or a penalty for the behaviour (under `negation`)."""
    exceptions = rule.exceptions
    return (
        ("negation" in exceptions and (context.is_monitoring_warning(text) or context.is_at_standstill(text)
                                       or context.is_penalised(text)))
        or ("human-driver" in exceptions and context.is_human_driven(text))
        or ("certified-l3" in exceptions and context.is_certified_level3(text))
    )


def _overlaps(text: str, term: str, start: int, end: int) -> bool:
    position = text.find(term)
    while position != -1:
        if position < end and position + len(term) > start:
            return True
        position = text.find(term, position + 1)
    return False


def _merge(findings: list[Finding]) -> list[Finding]:
    """One finding per claim: overlapping matches of the same category become one finding, led by
    the most severe (then the longest) match, listing the basis of every ruleset involved."""
    ordered = sorted(
        findings,
        key=lambda f: (f.path, -f.severity_level, _script_mismatch(f), -(f.end_offset - f.start_offset), f.start_offset),
    )
    # Kept findings per (path, category), as start-sorted lists of non-overlapping spans, with
    # their start offsets alongside for bisection.
    kept: dict[tuple[str, str], tuple[list[int], list[Finding]]] = {}
    for finding in ordered:
        starts, group = kept.setdefault((finding.path, finding.category), ([], []))
        index = bisect.bisect_left(starts, finding.start_offset)
        for neighbour in (index - 1, index):
            if 0 <= neighbour < len(group) and _overlap(group[neighbour], finding):
                group[neighbour] = _combine(group[neighbour], finding)
                break
        else:
            starts.insert(index, finding.start_offset)
            group.insert(index, finding)
    return sorted(f for _, group in kept.values() for f in group)


def _has_han(text: str) -> bool:
    return bool(HAN_RE.search(text))


def _script_mismatch(finding: Finding) -> bool:
    """Whether the finding's first suggestion is in another script than the words it flags: a
    merged finding is led by a rule that speaks the copy's language when one exists."""
    return bool(finding.suggestions) and _script(finding.suggestions[0]) != _script(finding.text)


def _script(text: str) -> str:
    """"han", "latin" (a word of two letters or more), or "neutral" (a level such as L2.5)."""
    if _has_han(text):
        return "han"
    return "latin" if _LATIN_WORD_RE.search(text) else "neutral"


def _in_reading_order(suggestions: tuple[str, ...], flagged: str, lang: str) -> tuple[str, ...]:
    """Suggestions in the script of the flagged words first, since `--fix` puts the first one in
    their place ("L2.5" → "L2"); then those in the copy's language (a Chinese sentence's "L2.5级体验"
    is offered Chinese wording before English); stable otherwise."""
    flagged_script = _script(flagged)
    copy_script = "han" if lang == "zh" else "latin"
    return tuple(sorted(suggestions, key=lambda s: (_script(s) != flagged_script, _script(s) != copy_script)))


def _overlap(a: Finding, b: Finding) -> bool:
    return a.start_offset < b.end_offset and b.start_offset < a.end_offset


def _combine(kept: Finding, other: Finding) -> Finding:
    """Fold another ruleset's basis into a kept finding (same rule's own duplicates add nothing)."""
    if other.ruleset in kept.rulesets:
        return kept
    return replace(
        kept,
        basis=kept.basis + tuple(b for b in other.basis if b not in kept.basis),
        rulesets=kept.rulesets + (other.ruleset,),
        suggestions=_in_reading_order(kept.suggestions + tuple(s for s in other.suggestions if s not in kept.suggestions),
                                      kept.text, language_of(kept.context.lower())),
    )
