"""Context that clears a match: negation (with questions answered no, descriptions of driver
monitoring and uses restricted to a stationary car), use–mention (quotes, named terms, level
explanations, news, criticism of overclaims), other domains (including a person doing the driving),
certified Level 3 / Level 4 services, and approved hands-free driving with eyes on the road.

Each check sees the tokenized sentence (normalized: lower case, Simplified) and the match's token
span. A rule lists the checks that may clear it (`exceptions:`), because negation is sometimes the
claim itself: 无需接管 and "no need to hold the wheel" are written into the disengagement patterns,
so a cue *inside* the match never clears it; only a cue before the match, in the same clause, does.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimlint.normalize import HAN_RE


class _LazyRegex:
    """A pattern compiled on its first use. The context checks hold some eighty large patterns, and
    compiling them all at import took about a tenth of a pre-commit run over a clean file, which
    never asks any of these questions. After the first use, `search`, `finditer` and the rest are
    the compiled pattern's own bound methods, kept on the instance."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags

    def __getattr__(self, name: str):
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self.flags)
        value = getattr(compiled, name)
        setattr(self, name, value)
        return value


# A sentence's several matches (often four or five: rulesets overlap on the same words) ask the
# same whole-sentence questions; the checks below that read only the sentence remember their
# answer for the last two texts (the sentence, and the short line around it), not beyond.
_per_sentence = lru_cache(maxsize=2)

# --- negation -----------------------------------------------------------------------------------

EN_NEGATION_CUES = frozenset(
    "not n't no never cannot without neither nor none nobody nothing nowhere isn't aren't wasn't "
    "doesn't don't didn't won't can't shouldn't mustn't couldn't wouldn't avoid against stop "
    # "dont", "doesnt" typed without the apostrophe: spaCy splits them into "do" + "nt"
    "nt "
    "prohibit prohibits prohibited forbid forbids forbidden ban bans banned rather instead "
    "unlike misleading false differ differs different distinguish distinguishes versus vs confuse confused "
    "confusing mistake mistaken "
    # a checklist's cross: "✅ Lane Keeping Assist ❌ Self-driving"
    "❌ ✗ ✘ 🚫 ⛔".split()
)
# "not only ... but", "never been easier": the cue does not negate what follows.
EN_NOT_NEGATING_NEXT = frozenset(
    "only just merely simply been before again more less fewer further longer than "
    # "no doubt it drives itself", "no cap, it drives better than me": the phrase affirms
    "doubt doubts wonder question cap joke kidding lie lies exaggeration surprise".split()
)
ZH_NEGATION_CUES = frozenset(
    "不 没 没有 无 非 并非 不是 并不是 绝不是 不得 禁止 严禁 请勿 切勿 勿 不要 别 不能 不可 不可以 无法 未 不会 "
    "不应 不应该 不应当 决不 绝不 并不 从不 不等于 不代表 不意味着 不属于 而非 非是 谨防 避免 防止 杜绝 算不上 称不上 谈不上 "
    "区别于 不同于 不宜 莫 拒绝 不再 从未 从来不 从没 从没有 未曾 暂未 尚未 未开通 区别 区分 混淆 误认为 误以为 误解 千万别 千万不要 ≠ "
    # Cantonese: 唔好当佢系自动驾驶, 咪信佢哋话…, 唔得
    "唔 唔好 唔系 唔係 唔得 唔可以 唔能 冇 咪 "
    # pinyin: bu shi zi dong jia shi，是辅助驾驶
    "bu bushi".split()
)
# The enumeration comma 、 does not end a clause: 请勿看手机、睡觉 negates both.
CLAUSE_BREAKS = frozenset(
    [*",;:!?.—–()，；：！？。（）", *"but however while whereas although though yet so because".split(),
     *"但 但是 而 却 然而 可是 不过 因此 所以 同时".split()]
)
EN_POST_NEGATION = _LazyRegex(
    r"^\W*(?:(?:driving|mode|features?|functions?|systems?|cars?|vehicles?|technology|capabilit(?:y|ies))\s+)?"
    r"(?:is|are|was|were|does|do|will|would|can|could)\s*(?:n't|not|never|no longer)\b"
    # (not "Level 2.5 isn't a marketing term, it's what owners experience": that affirms it)
    r"(?!\s+(?:just\s+|only\s+|merely\s+|simply\s+)?(?:a\s+)?(?:marketing\s+)?(?:term|word|slogan|gimmick|buzzword|dream|fantasy|promise)\b)"
    # "Anyone expecting the car to drive itself will be disappointed"
    r"|^[^.;!?]{0,30}?\b(?:will|would|is going to|are going to)\s+be\s+(?:sorely\s+|badly\s+|very\s+)?(?:disappointed|let down)\b"
    # "Autopilot is a hands-on driver assistance system": the name described as assistance.
    r"|^\W*(?:is|are)\s+(?:only |just |simply )?(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:driver|driving)[ -]assist"
    r"|^\W*(?:is|are)\s+(?:prohibited|forbidden|banned|illegal|unlawful|not allowed|not permitted|dangerous|misleading)\b"
    # sarcasm right after the term: "#selfdriving my a**", "L2.9? My foot."
    r"|^\W*(?:my\s+(?:a\*\*|arse|ass|foot|eye)|yeah\s+right|as\s+if)\b"
    # "self-driving cars are still years away"
    r"|^\W*(?:cars?|vehicles?|technology)?\s*(?:are|is)\s+still\s+(?:years|decades|a\s+long\s+way)\s+(?:away|off)\b"
    # a stunt named as dangerous: "the 'hands off the wheel challenge' trend is dangerous"
    r"|^\W*(?:challenge\W+)?(?:trend|challenge|stunt|videos?|clips?)\s+(?:is|are|was|were)\s+(?:\w+\s+)?(?:dangerous|illegal|reckless|irresponsible|stupid)\b"
    # "'L2.5' has no basis in any standard"
    r"|^[\W]{0,3}(?:has|have)\s+no\s+(?:basis|standing|definition|official\s+meaning)\b"
    # "'Hands-free driving' is gone because the kit requires your hands on the wheel"
    r"|^[\"'’”]?\s*(?:is|has\s+been|was|were|have\s+been)\s+(?:now\s+)?(?:gone|removed|deleted|dropped|retired|withdrawn)\b"
    # "Level 5, full driving automation, remains a concept"
    r"|^\s*,?(?:[^,;.]{0,40},)?\s*remains?\s+(?:only\s+|just\s+|still\s+)?(?:a\s+)?(?:concept|theory|dream|research\s+(?:goal|topic|project))\b"
)
ZH_POST_NEGATION = _LazyRegex(
    r"^[\s，,]{0,2}(?:都|也|并|仍然?|依然|还)?(?:可能|或|会|均|涉嫌)?(?:不是(?!梦|问题|难事|奢望|幻想)|并非|差得远|差得很远|远着呢|早着呢|并不是|不等于|不同于|违法|违规|属于违法|是违法|是违规|是危险|很危险|极其危险|不被允许|不允许|是不允许|是错误|是误解|"
    # 开车刷剧是严重的违法行为 (not 不是梦: "no longer a dream" affirms it)
    r"是(?:严重的?|一种|非常|极其|十分|明显的?)(?:违法|违规|危险|错误)|"
    # zdjs 是不存在的 (a thing that does not exist)
    r"(?:是)?不存在的?)"
    # 100%安全的車並不存在: the thing named does not exist
    r"|^[^，。！？,]{0,6}?(?:并|並|根本|压根)(?:不存在|沒有|没有这种)"
    # Right after the term or its closing quote, a verdict that it has no basis: "L2.5"并无标准依据,
    # 准L3这种说法根本不存在 (not "准L3，不存在对手": a comma starts another clause).
    # Several quoted terms in a row share the verdict: "L2.5""L2.9"均无标准依据.
    r"|^[\"'”’」』]{0,2}(?:[、，,和与及]?[\"'“‘「『][^\"'“”‘’「」『』]{1,16}[\"'”’」』]){0,4}"
    r"(?:这种|这一|的)?(?:级别|说法|提法)?(?:均|都|也)?(?:并|根本|其实)?(?:无|没有|缺乏)(?:任何)?(?:国家)?(?:标准|依据|根据|定义)"
    # 准L3只是营销造词: the term called a marketing invention.
    r"|^[\"'”’」』]{0,2}(?:是|就是|纯属)(?:假的|骗人的|忽悠人的|吹牛|谣言)"
    r"|^[\"'”’」』]{0,2}(?:这种|这一|的)?(?:级别|说法|提法)?(?:只是|不过是|仅仅是|仅是|纯属|纯粹是)(?:一个|一种)?(?:营销|宣传|商业)(?:造词|噱头|话术|概念|用语|包装|说法)"
    r"|^[\"'”’」』]{0,2}(?:这种|这一|的)?(?:级别|说法|提法)(?:并|根本|其实)?不存在"
    # …贴在车尾，其实国标里根本没有这个等级: the level named earlier in the sentence does not exist
    r"|^[^。!?]{0,30}?(?:根本|其实|并|压根)(?:就)?(?:没有|不存在|无)(?:这个|这种|这一|此|该)(?:等级|级别|说法)"
)
# Tokens before the match that a cue may be; jieba's tokens are short, so Chinese looks further.
NEGATION_WINDOW = {"en": 8, "zh": 10}


# "Don't believe anyone who tells you this car is autonomous": the claim is reported to be refuted,
# however far back in the sentence the disbelief stands.
EN_DISBELIEF_BEFORE = _LazyRegex(
    r"\b(?:(?:don't|do not|never|doesn't|does not)\s+(?:believe|trust|listen to)|ignore|(?:don't|do not|never)\s+let)\s+"
    r"(?:anyone|anybody|people|those|whoever|them|the (?:hype|ads?|adverts?|salesm[ae]n|brochures?|influencers?))\b[^.;!?]*$"
)


def is_negated(doc, token_start: int, token_end: int, lang: str, start: int | None = None) -> bool:
    """A negation cue before the match in its clause, or a negating predicate right after it.
    Cues of both languages count: mixed copy negates in either (请勿…: never treat it as …).
    `start`, the match's first character, catches a cue that jieba glued onto the match's first
    word (别玩 + 手机 for a match 玩手机)."""
    if start is not None and token_start < len(doc) and doc[token_start].idx < start:
        glued = doc[token_start].text[: start - doc[token_start].idx]
        if _is_cue(glued) or glued[-1:] in "不没别勿":
            return True
    if lang == "en" and token_start > 0 and _ends_in_chinese_negation(doc[token_start - 1].text):
        return True
    window = NEGATION_WINDOW[lang]
    index = -1 if _coordinated_negation(doc, token_start, lang) else token_start - 1
    while index >= 0 and token_start - index <= window:
        word = doc[index].lower_
        list_goes_on = word == "," and lang == "en" and _in_negated_list(doc, index, token_start, token_end)
        if word in CLAUSE_BREAKS and not list_goes_on:
            break
        if _is_cue(word) and not _followed_by_non_negating(doc, index, lang) and not _a_not_a(doc, index) \
                and not _why_not(doc, index):
            return True
        index -= 1
    if lang == "en" and token_start > 0 and EN_DISBELIEF_BEFORE.search(doc.text, 0, doc[token_start].idx):
        return True
    after = doc[token_end - 1].idx + len(doc[token_end - 1]) if token_end > 0 else 0
    following = doc.text[after : after + 70]
    return bool(EN_POST_NEGATION.search(following) or ZH_POST_NEGATION.search(following))


# 不用踩刹车也不用扶方向盘: a match that negates by itself, joined by 也/又/还 to an earlier negated
# item, is a second claim of the same kind; the first 不用 does not reach over it.
_ZH_COORDINATION = frozenset({"也", "又", "还", "、"})


def _coordinated_negation(doc, token_start: int, lang: str) -> bool:
    if lang != "zh" or token_start < 1 or token_start >= len(doc):
        return False
    first = doc[token_start].text
    return doc[token_start - 1].text in _ZH_COORDINATION and (_is_cue(first) or first[:1] in "不没无免")


# A list of short items shares the negation before its first item: "We don't do L2.5, L2+ or
# 'near L3'" negates all three; "no fees, hands-free driving" is not a list.
_LIST_ITEM_TOKENS = 3


def _in_negated_list(doc, comma: int, token_start: int, token_end: int) -> bool:
    """The comma at `comma` separates short items of an English list that the match belongs to:
    the match is the item right after it (with a comma or "or"/"and"/"nor" after the match) or a
    later one after "or"/"and"/"nor", and the item before the comma is short too."""
    if doc[token_start].lower_ in EN_NEGATION_CUES:
        return False  # "never tires, never blinks, never makes a mistake": each item negates itself
    between = [t.lower_ for t in doc[comma + 1 : token_start] if not t.is_quote]
    if between and (between[-1] not in ("or", "and", "nor") or len(between) > _LIST_ITEM_TOKENS + 1):
        return False
    after = doc[token_end].lower_ if token_end < len(doc) else ""
    if not (between or after in (",", "or", "and", "nor")):
        return False
    item = 0
    for index in range(comma - 1, -1, -1):
        if doc[index].lower_ in CLAUSE_BREAKS or doc[index].lower_ in EN_NEGATION_CUES:
            break
        item += 1
    return 0 < item <= _LIST_ITEM_TOKENS


# Words that start with a negation character but do not negate what follows.
ZH_NOT_NEGATING = frozenset(
    "不仅 不只 不止 不但 不光 不管 不论 不断 不错 不少 不同 不过 不久 不妨 不时 不然 不得不 不禁 不已 不住 不堪 不等 不一 不定 "
    "不间断 不停 不停歇 不中断 不掉线 不限 不知不觉 不用说 不可思议 不亚于 不输 不逊 不逊于 "
    "没事 没错 别人 别的 别墅 别克 别致 别样 别具".split()
)


def _is_cue(word: str) -> bool:
    if word in EN_NEGATION_CUES or word in ZH_NEGATION_CUES:
        return True
    # jieba glues the negation to its verb (不卖, 别信, 没开): such a word negates too; and 别 to the
    # word before it (时别 + 图 + 省事 + 看手机, 但别 + 指望), unlike 告别, 级别, 特别 or 识别.
    return len(word) > 1 and (word[0] in "不没别唔冇" and word not in ZH_NOT_NEGATING or word[-1] == "别" and word[:-1] in _GLUED_BEFORE_BIE)


# The cues that may end a run of Han characters right before an English term (我们的车不是 self-driving:
# English tokenization keeps the run whole). Single characters are left out: 要不, 说不定.
_ZH_ENDING_CUES = tuple(sorted((cue for cue in ZH_NEGATION_CUES if len(cue) > 1 and HAN_RE.match(cue)), key=len, reverse=True))


def _ends_in_chinese_negation(word: str) -> bool:
    """A Han run, kept whole by the English tokenizer, that ends in a negation (…车不是)."""
    return bool(HAN_RE.match(word)) and word.endswith(_ZH_ENDING_CUES)


_GLUED_BEFORE_BIE = frozenset("时 但 可 就 也 都 千万 还 你 您 请 先 再 咱 们 而 且 却".split())


def _a_not_a(doc, index: int) -> bool:
    """想不想, 能不能, 是不是: a yes/no question, not a negation (jieba: 想 / 不想, 时能 / 不能)."""
    word = doc[index].text
    if len(word) < 2 or word[0] not in "不没" or index == 0:
        return False
    return doc[index - 1].text.endswith(word[1:])


_WHY = frozenset("为什么 为啥 干嘛 干吗 怎么 咋 何".split())
_MODALS = tuple("能 可 要 得 应 允 准 该 会 敢".split())
_HANDING_OVER = frozenset("让 把 交 试")


def _why_not(doc, index: int) -> bool:
    """为什么不把方向盘交给系统？, 为啥不让AI替你开？: "why not" proposes what follows; "why can't"
    (为什么不能脱手) still negates."""
    word = doc[index].text
    if not word.startswith("不") or index == 0 or doc[index - 1].text not in _WHY:
        return False
    if len(word) > 1:  # jieba may keep the verb in the cue's token: 为啥 / 不让 / AI替你开 (not 不再, 不写)
        return word[1] in _HANDING_OVER
    return index + 1 < len(doc) and not doc[index + 1].text.startswith(_MODALS)


def _followed_by_non_negating(doc, index: int, lang: str) -> bool:
    """"not only", "never been easier", "stop-and-go", and 不 + 间断 when jieba splits a word that
    is not a negation (不间断自动驾驶, uninterrupted): the cue does not negate what follows."""
    if index + 1 >= len(doc):
        return False
    if lang != "en":
        return doc[index].text + doc[index + 1].text in ZH_NOT_NEGATING
    following = doc[index + 1].lower_
    # "stop-and-go", and "stop by / in / off at the showroom" (a visit, not a prohibition)
    return following in EN_NOT_NEGATING_NEXT or (doc[index].lower_ == "stop" and following in ("-", "and", "&", "by", "in", "off"))


# --- use–mention --------------------------------------------------------------------------------

QUOTE_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "«": "»"}
EN_MENTION_CUES = _LazyRegex(
    r"\brefers?\s+to\b|\bstands?\s+for\b|"
    r"\b(?:term|terms|word|words|wording|phrase|phrases|label|labels|labell?ing|name|names|named|naming|"
    r"call|calls|called|calling|so-called|expression|vocabulary|banned|ban|bans|prohibit\w*|forbid\w*|"
    r"regulators?|regulations?|ministry|miit|samr|dmv|court|judge|ruled|ruling|law|laws|lawsuit|misled|"
    r"misleading|accus\w*|complaint|reportedly|renam\w*|rebrand\w*|swapp\w*|dropped|stop using|ceased using|mock\w*|ridicul\w*|"
    # a term renamed, captioned, taken down or found in an audit: "Release 6.1 renames 'Highway Pilot' to …",
    # "a clip titled '…' was taken down", "37 pages still using 'L2.5'"
    r"titled|captioned|captions?|taken down|take (?:it|them) down|remov\w*|unpublish\w*|audit\w*|still using|switch(?:ed|ing)? from|"
    r"guidelines?|decision|survey\w*|glossary|trademark\w*|style guide|avoid\w*|slogans?|critics?|"
    r"means?|meaning|defin\w*|claim(?:s|ed)?|marketing|advert\w*|ads?|tagline|headline|said|says|told|"
    r"flagged|replaced|draft|quote\w*|promis\w*|sales reps?|pitch\w*|marketed|describ\w+\b[^.;!?]{0,30}?\bas|refer(?:s|red|ring)? to|warn\w*|insurers?|reserv\w*|reporters?|journalists?|"
    r"edited|deleted|removed|withdrawn|withdrew|withdraw|pulled|struck|hashtags?|examples?|terminology|risky|rejected|reject|vetoed|"
    r"copy reviews?|legal reviews?|translat\w*|render(?:ed|ing)?|quoting|paper|editorial|analysts?|questioned|"
    r"guidance|(?:no longer|stop|stopped|cease|ceased|will not|won't) (?:describ|call|us|market|advertis|refer)\w*|"
    # someone else's claim held up: "the 'it basically drives itself' crowd", "YouTubers claiming 'zero interventions'"
    r"claiming|saying|crowd|youtubers?|influencers?|tiktokers?|hype|myths?|boast\w*|brag\w*|supposedly|wants? to say|show me|"
    # a stunt or campaign named and dropped: "our 'zero interventions' challenge was cancelled on legal advice"
    r"cancell?(?:ed|ing|s)?|scrapped|legal advice|lawyers?|"
    # a claim someone else sells with, a store audit, a subtitle corrected: "the brand still sells it as
    # 'hands-off'", "Mystery-shop summary: 3 stores had 'L2+' on window cards; all reprinted"
    r"(?:sells?|sold|selling)\s+(?:it|them)\s+as|mystery[- ]shop\w*|secret[- ]shop\w*|reprint\w*|subtitl\w*|changed|"
    # a nickname said in jest: "my neighbour calls his car 'the chauffeur' as a joke"
    r"as a joke|jokingly|in jest|tongue[- ]in[- ]cheek|"
    # a line judged as a message: "'Takes over when you're tired' is the worst possible message"
    r"messages?|messaging|"
    # quoted copy corrected or disputed: "We got it wrong when our team replied 'just let it drive'",
    # "please disregard the earlier '零接管' line", "disputes that the slogan '…' implied …"
    r"got it wrong|(?:was|is|were) (?:wrong|incorrect|inaccurate|a mistake)|in error|erroneous\w*|correction|corrected|"
    r"disregard\w*|retract\w*|apologi[sz]\w*|replied|disput\w*|implie[sd]|"
    # a refusal to use the words, a law or consultation restricting them, the difference between terms
    r"(?:refuse|refuses|refused|refusing) to (?:say|call|use|claim|describ\w*)|(?:never|don't|do not) (?:say|claim)|"
    r"consultations?|restrict\w*|legislation|statutes?|under the act|difference between|distinction between)\b"
)
ZH_MENTION_CUES = _LazyRegex(
    r"用语|一词|词汇|字眼|字样|表述|说法|提法|话术|术语|称为|称作|叫做|所谓|命名|更名|改名|禁用|禁止使用|不得使用|不再使用|不可说|不能说|不得出现|不能出现|禁止出现|违禁词|违规词|敏感词|科普|缩写|全称|这种话|"
    r"叫法|宣传词|宣传语|口号|监管|工信部|市场监管总局|监管部门|通知|规定|法院|处罚|罚款|误导|报道|媒体|通报|约谈|"
    r"要求车企|征求意见|禁区|雷区|含义|定义|广告|误解|误认为|误以为|当作|当成|视为|混淆|(?:跟我|对我|他|她|有人|销售|客服|店员|友商|别人家|隔壁|厂商|车企|博主|网友|达人|up主)(?:一直|总是|老是|天天|总|都|也|还|就|反复)?(?:说|喊)|"
    r"称为|称作|宣称|声称|号称|自称|吹|宣传|质疑|批评|争议|写法|变体|拆开写|写进|标题|评论|整改|改为|封禁|审核|"
    # a quoted term judged, listed as a bad example or called an empty promise
    r"营销|噱头|造词|指出|违规|违法|示例|反例|反面|列为|承诺|兑现|依据|吐槽|夸张|夸大|反对|原话|嘴里|"
    # renamed, debated, told apart: 改称“智能辅助驾驶”; 网友热议“L2.999”; “辅助驾驶”与“自动驾驶”的区别
    r"改称|改叫|改成|改标|统一改|替换|更换为|热议|讨论|区别|区分|不是(?:一个)?(?:正式|官方|标准)的?(?:等级|级别|说法)|"
    # editing instructions: 改写为“Level 2”; 不要译成“解放双手”; 换成“减轻疲劳”; 须写作; 可用/不可用; 仅限L3
    r"改写|译成|译为|换成|写作|措辞|不可用|仅限|僅限|偷换概念|笑话|玩笑|段子|调整为|删除|删掉|叫作|受访|误会|名称|"
    # a video or post called staged: 那支说「可以睡觉」的影片八成是摆拍
    r"摆拍|作秀|标语|这句话|"
    # a blogger's words reported: 有博主在视频里说“不用握方向盘”
    r"(?:博主|网友|达人|up主|主播|销售|客服)[^，。！？“”]{0,8}(?:说|称|喊)|"
    # quoted words owned up to: 主播说“城市领航可以刷手机”，这是错误的; 致歉 (not 更正 or 应为, which bring
    # in the corrected wording, itself a claim: 更正：“全程零接管”应为“99%路段零接管”)
    r"(?:这|此|该说法|该表述)?(?:是|属于)?错误的|是错的|有误|致歉|道歉|"
    # a rumour rebutted: 网传某车型「领航开启可追剧」，官方回应…; 有帖子说“…”，车主实测后反驳
    r"网传|传言|谣言|帖子(?:里)?说|反驳|驳斥|官方回应|回应称|(?:不是|并非)卖点|隐患|"
    # a scam named: 有人以“升级自动驾驶”为名让老人付费刷机，这是骗局
    r"骗局|诈骗|防诈|以[“\"'‘「][^”\"'’」]{1,20}[”\"'’」]为名|"
    # shown off, struck out, replaced: 全网都在晒“零接管”; 把“唯一”“最安全”这些词全删了; “辅助驾驶”取代了“智驾”
    r"晒|这些词|这几个词|这类词|删了|删去|拿掉|去掉|取代|高频词|热词|"
    # a post read and dismissed: 那种“zdjs躺平通勤”的笔记看看就好
    r"笔记|看看就好|听听就好|别当真|"
    # copy sent back: 有三条视频写了“L2.9”，法务已要求下线; 文案里出现“无需接管”的，一律退回重写
    r"写了|写着|出现(?=[“\"「‘])|退回|打回|驳回|要求下线|已下线|重写|"
    # a dictionary entry, a pinyin drill: 《新词语词典》收：智驾，名，…; 拼音练习：zì dòng jià shǐ（自动驾驶）
    r"词典|辞典|词条|释义|拼音"
)
# Explanations of the automation levels talk about the level names; they do not claim them.
# "At Level 5 a car needs no driver anywhere": what a level means, not a product's claim.
TAXONOMY_RE = _LazyRegex(
    r"gb/t ?40429|j3016|分级|国家标准|taxonomy|levels? (?:of|0|1|2) ?(?:to|-|–) ?5|0至5级|0-5级|"
    r"\bat (?:sae )?level [0-5],? (?:a|the|no|any) (?:car|vehicle|system|driver)s?\b|"
    # "Level 5 is full driving automation": the standard's name for a level
    r"\blevel [0-5] (?:is|means) (?:full|conditional|partial|high|no) (?:driving )?automation\b|"
    # a level defined: "Level 5 means a car that can drive anywhere", 3级叫有条件自动驾驶
    r"\b(?:sae )?level [0-5] (?:means|is defined as|refers to|would)\b|(?<![\d.])[0-5一二三四五]级(?:叫做|叫|称为|定义为)|(?<![a-z0-9.])l[0-5](?:叫做|叫|称为|定义为)|(?<![\d.])[0-5一二三四五]级(?:为|是|即)(?:高度|完全|有条件|部分|组合)|l(?<![a-z0-9.]l)[0-5](?:级)?(?:为|是|即)(?:高度|完全|有条件|部分|组合)|"
    # 3级的正式名称; “自动驾驶”只指3级到5级
    r"\bsix levels\b|六个(?:等级|级别)|\(level 0\)|正式名称|只?指(?:L|SAE ?)?[3-5三四五]级(?:及|以)|只指[0-5三四五]级|"
    r"\blevel [0-5] \([^()]{0,20}?(?:no|driver assistance|partial|conditional|high|full) (?:driving )?automation\)"
)
EN_MENTION_BEFORE = _LazyRegex(
    r"\b(?:(?:the |such |these |those )?(?:terms?|words?|phrases?|labels?|names?|expressions?|slogans?)(?:\s+(?:such\s+as|like|including))?|"
    r"so-called|called(?: [\w-]+){0,3}|call(?:s|ing)? (?:it|them|this)|dubbed|formerly|previously(?: called| known as| named)?|renamed from|"
    # an old name retired, a name judged bare: "Pellion renames AutoCruise to …", "a bare 'Route Pilot' suggested …"
    r"renam(?:e|es|ed|ing)|retir(?:e|es|ed|ing)(?:\s+the\s+name)?|(?:a|the)\s+bare|"
    r"branded|hashtags?|glossary\s*[—–:-]?|"
    # words typed somewhere, quoted: "Someone has been writing 's3lf-driving' in the booking notes"
    r"(?:writing|typing|spelling)|(?:wrote|written|typed|spelt|spelled)(?=\s*[\"'“‘])|"
    # words taken out, quoted or tagged: "we removed #handsfreedriving from our page"
    r"(?:remov|delet)(?:e|es|ed|ing)\s+(?:the\s+|our\s+|all\s+|every\s+)?(?:hashtag\s+|word\s+|term\s+|line\s+)?(?=[\"'“‘#]\s*$)|"
    r"(?:strip|stripp(?:ed|ing)|strips|cut|cuts|cutting|scrap|scrapp(?:ed|ing)|ditch(?:es|ed|ing)?)\s+(?:the\s+)?(?=[\"'“‘#]\s*$)|"
    r"(?:render|renders|rendered|rendering|translate|translates|translated|translating)|"
    # what a line implies, read by a reviewer: "the line '…' implies autonomy and must be removed"
    r"(?:['\"’”]|\b(?:line|wording|copy|phrase|sentence|claim|slogan|headline|tagline))\s+(?:implies|suggests|implied|suggested|reads\s+as)|"
    # a foreign term glossed in brackets: "noticed 'قيادة ذاتية' (self-driving) had been used"
    r"['\"’”]\s*\()\s*[\"'“‘#]?\s*$"
)
ZH_MENTION_AFTER = _LazyRegex(
    r"^[”’」』》\"']?\s*(?:类(?:关键)?词|类用语|类说法|这种词|这样的词|一词|二字|两个字|几个字|三个字|四个字|说法|这个词|这些词|这几个词|这类词|这一词|这个名字|这个名称|这一名称|这个叫法|这个说法|这一说法|这种说法|等词|等说法|等提法|等用语|等字眼|等表述|"
    r"等宣传|等术语|字样|的说法|的提法|的叫法|等概念|等话术|更名为|改名为|改称|改为|改叫|不存在|是伪概念|是个?伪命题)"
    # a quoted line judged wrong: 原稿写“朗峰的车能无人驾驶”不准确; 文中写“…”不符合事实
    r"|^[”’」』\"']\s*(?:的说法|这句话?|一句)?(?:并|是)?(?:不准确|不符合事实|与事实不符|有误|是错误的|不妥|不规范|不合规|属于?(?:夸大|虚假|违规)(?:宣传)?)"
    # a name renamed: FSD在国内已更名为“智能辅助驾驶”
    r"|^[”’」』》\"']?\s*(?:在[\u4e00-\u9fff]{1,4})?(?:已经?|现已|已正式|正式|将|现在|如今)(?:更名|改名|改称|更改为|改叫|叫)"
)
# A glossary or definitions entry explains its terms: "Glossary — autonomous: able to drive without …".
GLOSSARY_ENTRY = _LazyRegex(
    r"^\W*(?:glossary|definitions?|jargon buster|terms explained|what the terms mean|"
    r"banned[- ]words?(?: list)?|word list|copy[- ]desk rule|style[- ]guide|对照表|對照表|禁用词(?:表|清单)?|"
    r"(?:translator|editor|style|usage|terminology)(?:'s)? notes?|flash ?cards?(?=\s*[:：])|pinyin(?: drill| practice| exercise)?|拼音练习|vocab(?:ulary)? list)\b"
    # a dictionary headword and its part of speech: "self-driving (adj.): able to operate without …"
    r"|^\W*[\w'’ -]{1,30}\s*\((?:adj|n|v|adv|noun|verb|adjective)\.?\)\s*[:：]"
    r"|[:：]\s*[\w“”\"]{1,10}[，,]\s*(?:名|动|形|副)(?:词)?[，,。]"
)
# The copy naming its own product: "Call it Level 2.5 if you like", "we call it self-driving" — a claim.
EN_NAMING_CLAIM = _LazyRegex(r"^\W*(?:[^\W_][\w -]{0,30}[:：]\s*)?(?:(?:just|so|go on|you can|you could|we|we'd|we'll|i|i'd)\s*,?\s+)?call\s+(?:it|this)\s*[\"'“‘]?\s*$")
# What buyers took a quoted name to mean: "respondents thought the name 'Autopilot' meant it was
# safe to take their hands off", "how 'autopilot' came to mean hands-off" — the belief is reported.
EN_REPORTED_MEANING = _LazyRegex(
    r"\b(?:thought|think|thinks|believed?|believes|assumed?|assumes|understood|understand|how|whether|why|does|do|did)\s+"
    r"(?:the (?:name|term|word|label|brand) )?[\"'“‘][^\"'”’]{1,40}[\"'”’]\s+"
    r"(?:came to |had come to |has come to |comes to |was taken to |is taken to )?(?:means?|meant|implie[sd]|implies|suggest(?:s|ed)?)\b"
    # an implication disputed: "Our client disputes that the slogan '…' implied the vehicle could
    # be left to drive unsupervised"
    r"|\b(?:disput\w*|den(?:y|ies|ied|ying)|reject\w*|contest\w*)\s+(?:that\s+)?[^.;!?]{0,80}?\b(?:implie[sd]|imply|suggest(?:s|ed)?|meant)\b"
)
# "autopilot-style language", "'self-driving' wording": the words named as words.
EN_MENTION_AFTER = _LazyRegex(
    r"^[\"'”’]?(?:-?(?:style|type|like|esque|sounding))?\s+(?:language|wording|phrasing|terminology|vocabulary|branding|jargon)\b"
    r"|^[\"'”’]\s+(?:badges?|labels?|logos?|stickers?)\s+(?:on|is|means)\b"
    # a quoted name renamed with an arrow: "'AutoDrive' → 'Drive Assist'", “智驾” → “辅助驾驶” (not a
    # roadmap: 2025 L2.9 → 2026 L3)
    r"|^[\"'”’」]\s*(?:→|->|=>|⇒|➜|➡)"
    # a term and its translation: "解放双手 was earlier rendered as 'hands liberated'"
    r"|^[\"'”’]?\s+(?:is|was|were|are|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:rendered|translated|glossed|subtitled)\s+as\b"
    # a name explained as a brand's name: "Navigate on Autopilot was Tesla's name for a motorway feature"
    r"|^[\"'”’]?\s+(?:is|was|were|are)\s+(?:[\w.&-]+['’]s\s+|the\s+|its\s+|their\s+)(?:former\s+|old\s+|original\s+|marketing\s+|brand\s+|trade\s+)?names?\s+for\b"
)
# A question reported in the past ("a reviewer asked whether the Tavora could drive itself"; not
# "Ask whether the Tarn drives itself and we'll show you: it does.") or the words listed after a
# colon ("bans three words from every page: autonomous, driverless, …").
EN_ASKED_OR_LISTED = _LazyRegex(
    r"\b(?:asked|wondered|questioned)\s+(?:[\w'’-]+\s+){0,3}?(?:whether|if)\b[^.;!?]*$|\bask(?:s|ed)\s*[:：]\s*[^.;!?]*$"
    # a question people ask, in the present: "Parents sometimes ask whether the new coach can drive itself"
    r"|\b(?:people|parents|customers?|buyers?|drivers?|owners?|they|readers?|visitors?|staff|officers?|users?|colleagues|families|pupils|students?|many|some|someone|anyone)\s+"
    r"(?:often\s+|sometimes\s+|always\s+|regularly\s+|frequently\s+|still\s+|keep\s+)?(?:ask|asks|asking|wonder|wonders)\s+(?:us\s+|me\s+)?(?:whether|if)\b[^.;!?]*$"
    # a description ruled out: "Marketing must not describe Hill Descent Control as autonomous, hands-free…"
    r"|\b(?:(?:must|may|should|shall|can|will)\s+(?:not|never)|mustn't|shouldn't|can't|cannot|won't|never|do not|don't|does not|doesn't)\s+"
    r"(?:describe|call|market|advertise|portray|present|label|promote|refer to)\s+[^.;!?]{0,50}?\bas\b[^.;!?]{0,60}$"
    r"|\b(?:words?|terms?|phrases?|letters|labels?)\b[^.;!?]{0,60}[:：]\s*(?:[\w-]+\s*,\s*){0,5}$"
)
# An edit note names the words it swaps out: "replace 全自動駕駛 with 組合駕駛輔助", "changed 'it drives
# itself' to 'it helps with steering'".
EDIT_BEFORE = _LazyRegex(r"\b(?:replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?|chang(?:e|es|ed|ing))\s+(?:the\s+(?:word|term|line|phrase)\s+)?[\"'“‘#]?\s*$")
EDIT_AFTER = _LazyRegex(r"^[\"'”’]?\s*(?:with|to|for|into|→|->)\s")
# A reply of yes after a question: "if a customer asks whether the car can drive itself, reply 'pretty much!'"
EN_YES_REPLY = _LazyRegex(r"\b(?:reply|replies|answer|answers|say|says|tell\s+them)\s*[:：,]?\s*[\"'“‘]?\s*(?:yes|yep|yeah|pretty\s+much|absolutely|sure|of\s+course|definitely)\b")
# "so-called X", 所谓的X, 称为X: a term named as a term, quoted or not.
ZH_MENTION_NAMED = _LazyRegex(r"(?:所谓的?|所称的?|称为|称作|叫做|叫成|说成|号称|(?<!我)口中的?|(?:级|以上)才(?:能)?(?:叫|算|称为|称得上|配叫))[“‘「『\"']?\s*$|(?:不|不再|别|没)叫[“‘「『\"']\s*$")
# 使用X / 用X: a mention only when X is quoted (使用“自动驾驶”等用语).
ZH_MENTION_BEFORE = _LazyRegex(r"(?:使用|用)[“‘「『\"']\s*$")


# Someone else's words, reported in news or refuted: 有人说…千万别信 / 车主称…交警认定.
REPORTED_SPEECH = _LazyRegex(r"\b(?:the\s+)?(?:listing|seller|ad|advert|dealer|salesman|salesperson)\s+(?:says|said|claims|claimed)\b|有人说|有博主|(?:车主|用户|网友|客户)反映|博主(?:说|称)|有网友|网友(?:说|称)|(?:好多|很多|不少|许多)人(?:都)?(?:说|讲)|(?:卖家|商家|车商|销售|店员|隔壁店?|别家|友商|竞品|对手)(?:都|还)?(?:说|称|讲|吹)|(?:卖家|商家|销售|客服|店员|博主)嘴里|有人吹|吹嘘|吹牛|据说|听说|网传|传言|传闻|车主称|该车主|其称|声称|someone (?:said|says|told)|people say|rumou?rs?|"
                             r"\b(?:an? |the )?(?:officials?|minist(?:er|ry)|spokes(?:person|man|woman))\b[^.;!?]{0,20}?\b(?:said|says|told)\b")
# News of incidents and enforcement reports what someone did or claimed; it claims nothing itself.
NEWS_RE = _LazyRegex(
    r"\b(?:inquests?|coroners?|nhtsa|looked\s+into\s+crashes|investigators?|police|(?<!for )(?<!for the )(?<!by )(?<!by the )regulators?(?! (?:allow|allows|permit|permits|let|lets|approve|approves|"
    r"catch up|sign off|give the green light|say yes|says yes|agree|agrees|change the rules))|prosecutors?|campaigners?|watchdogs?|was banned|were banned|"
    r"banned for|fined|criticis\w+|criticiz\w+|recalled|reported that|said that|(?:was|were) (?:removed|taken down) by|"
    # a promise quoted in a complaint: "the salesman insisted it 'sees everything'", "they sold me
    # 'Chauffeur Mode'", "your representation that it was 'safer than any human driver'"
    r"(?:brochures?|ads?|adverts?|salesm[ae]n|salespersons?|salespeople|sales\s+reps?|dealers?|dealerships?|reps?|websites?|handbooks?|listings?)\s+(?:had\s+)?(?:claimed|promised|insisted|assured)\b|"
    r"\bsold\s+(?:me|us|them|him|her)\s+['\"‘“]|\brepresentations?\s+that\b|\bin\s+reliance\s+on\b|"
    # a post taken down, a court's record, a comment quoted: "got his video taken down", "Court record: the
    # driver was applying eyeliner…", "Someone commented '自动驾驶' on my GRWM"; someone seen at it, a
    # creator told off, a line cut or a brief refused, a rule quoted: "Saw a bloke on the M62 watching
    # Netflix…", "got dragged after captioning his clip", "compliance rejected it", "so we've cut it",
    # "Hard no.", "Copy pulled from a stand", "makers may not imply…" (one word boundary, then branches
    # that each fail on their first letter: the pattern reads whole documents)
    r"\b(?:got\s+(?:(?:his|her|their|the|a)\s+(?:video|post|clip|tweet|reel|account)s?\s+(?:taken\s+down|removed|pulled|banned)|(?:dragged|roasted|slammed|called\s+out|blasted|ratioed)\b)"
    r"|court\s+records?\b|commented\s+['\"‘“]|saw\s+(?:a|some|this|one|a\s+few)\s+(?:bloke|guy|man|woman|lady|driver|idiot|dude|person|lad|muppet)s?\b"
    r"|compliance\s+(?:rejected|blocked|refused|vetoed|pulled)|so\s+we['’]ve\s+cut\s+it\b|hard\s+no\b|(?:copy|ads?|posters?|banners?|signs?)\s+pulled\s+from\b"
    r"|parrots?\s+the\s+(?:line|claim|myth)|(?:may|must)\s+not\s+(?:imply|suggest|claim)\b)|"
    r"\badmitted\b|\basked\s+why\b|"
    # a claim owned up to as false: "the campaign, which wrongly suggested drivers could stop watching the road"
    r"(?:wrongly|falsely|misleadingly|incorrectly)\s+(?:suggest|impl|claim|stat|said|told|promis)\w*|\b(?:was|were|is|are)\s+wrong\s+to\b|"
    # behaviour reported, studied: "two participants were seen napping", "researchers compared how drivers …"
    r"\b(?:were|was|have\s+been|has\s+been)\s+(?:seen|caught|filmed|spotted|photographed|recorded)\s+\w+ing\b|"
    # a post taken down, an ad pulled: "deleted the post claiming …", "pulled its 'Love is hands-free' billboard", "was pulled after complaints"
    r"\bdeleted\s+(?:the|her|his|their|a|its|that|this|those)\s+(?:post|video|tweet|clip|caption|reel)s?\b|\bpulled\s+(?:its|their|the|an?)\s+(?:[\w'‘’\"“”-]+\s+){0,5}?(?:ad|advert|billboard|campaign|post|video|spot|commercial|slogan|tagline)s?\b|"
    r"\bpulled\s+after\s+complaints?\b|\bafter\s+complaints?\s+that\b|\btroopers?\b|\bsheriff'?s?\b|"
    r"\b(?:our|the|traffic|police|roads?\s+policing)\s+officers\b|\b(?:researchers|scientists|academics)\s+(?:compared|studied|examined|analy[sz]ed|observed|measured|tested)\b|"
    # a rumour debunked, a line cut by compliance, a hashtag trending, a term spelt to dodge filters
    r"debunk\w*|edit\s+note|copy\s+edit|\bstrike\s+[\"'“‘]|compliance\s+(?:flagged|asked|told|made)|\bcut\s+(?:the\s+(?:shot|line|claim|phrase|caption|sentence|supers?|frame|voice-?over|vo|tagline|headline)|any\s+shot|[\"'“‘])|"
    r"is\s+trending\b|to\s+(?:dodge|evade|get\s+past|slip\s+past|bypass)\s+(?:the\s+)?(?:\w+\s+)?(?:filters?|moderation|moderators|mods|censors?|checks?|screening|detection)|"
    # an advert withdrawn: "was the headline of an ad that got pulled"
    r"(?:ads?|adverts?|headlines?|slogans?|commercials?|campaigns?)\s+(?:that\s+)?(?:got|was|were|has\s+been|have\s+been)\s+(?:pulled|banned|withdrawn|removed)(?![^.;!?]*\b(?:but|yet|still)\b)|"
    # an investigation or a regulator's attention: "remains under NHTSA scrutiny", "widened its probe"
    r"under\s+(?:\w+\s+){0,2}scrutiny|(?:opened|widened|expanded|launched|closed|upgraded)\s+(?:its|an?|the)\s+(?:\w+\s+)?(?:probe|investigation|inquiry)|"
    r"(?:could|can|may|might|would)\s+(?:make|lead)\s+(?:owners|drivers|people|buyers|consumers|customers)\s+(?:to\s+)?(?:think|believe|assume)|"
    # a creator called out and corrected: "got roasted for saying …", "the brand corrected her in the comments"
    r"(?:roasted|slammed|dragged|called out|blasted) for|(?:brand|company|maker|manufacturer|they|we) corrected (?:her|him|them|it|the post)|made (?:him|her|them) take (?:it|the video|the post) down|"
    r"according to (?:police|investigators|"
    r"regulators|the (?:report|ministry|agency))|court (?:found|ruled|heard)|\bruled\s+that\b|"
    # investigations, recalls, surveys and market news: "NHTSA opened an investigation into crashes
    # involving …", "the agency said", "a 2018 survey found", "shares fell after …"
    r"(?:opened|launched|closed|expanded|upgraded|began|started|announced) (?:an? |its |a formal )?(?:investigation|probe|inquiry)|"
    r"(?:investigation|probe|inquiry) into|crashes involving|"
    r"(?:the |an? )?(?:agency|report|regulator|ministry|department|officials?|filing|lawsuit|complaint|nhtsa|ntsb|police) "
    r"(?:said|says|stated|reported|wrote|alleged|alleges|found)|"
    r"recall(?: [\w-]*\d[\w-]*)? (?:covered|covers|affects|affected|involves|involved|applies)|"
    r"(?:bars?|barred|bans?|banned|prohibits?|prohibited|forbids?)\b[^.;!?]{0,60}?\bfrom (?:describing|calling|advertising|marketing|claiming)|(?:'s(?: \d{4})?|issued an?|announced an?|voluntary) recalls?|"
    r"(?:survey|poll)s? found|respondents|"
    r"suspend(?:ed|s)? (?:its|their|the)(?: [\w-]+){1,2} (?:operations|services?|testing|permits?|programmes?|programs?|rides)|"
    r"shares (?:fell|rose|dropped|slid|jumped|tumbled|surged)|analysts? (?:questioned|said|doubt\w*|warned)|"
    # reviewers' tests reported: "Reviewers tried FSD on a road trip and logged 14 interventions"
    r"(?:reviewers|testers|critics)\s+(?:tried|tested|logged|found|measured|counted|recorded)|"
    # condemnation of someone's conduct ("slammed carmakers for livestreams…"), not "slammed on the brakes"
    r"(?:slamm|condemn|lambast|rebuk|castigat|chastis)\w*\s+(?:[\w'-]+\s+){0,4}?for|took aim at)\b|报道称|据报道|媒体报道|以案说法|典型案例|交警(?!(?:的)?(?:指挥)?手势)|警方|依法处罚|查获|"
    # a recall announced: 公布，某品牌召回约203万辆车; 宣布召回
    r"(?:宣布|公布|发起|实施|启动)[^。！？]{0,12}召回|召回(?:约|近|超过?)?[\d一二三四五六七八九十百千]+(?:\.\d+)?万?辆|"
    r"被罚|罚款|立案|通报|约谈|交管局|交管部门|事故调查|调查发现|调查显示|展开调查|启动调查|开展调查|介入调查|调查报告|报告指出|研究指出|"
    # reporters, judges and fact-check ratings: "a spokesperson told reporters", 记者走访发现, 法官在判决中写道
    # (not "fact-check" or 辟谣 alone: a myth-buster may get the fact wrong and make the claim)
    r"\btold reporters\b|\bour rating:|\bprobes?\s*[:：]|\bwarned\b[^.;!?]{0,40}?\bthat\b|^新闻[：:]|记者(?:走访|调查|暗访|询问)|法官|判决"
)
# Criticism and commentary judge someone else's marketing: 车评人批评某品牌演示脱手驾驶; 任何说开车可以睡觉的
#广告都是在撒谎; 把辅助驾驶说成解放双手是拿用户安全做营销; 培训材料把无需接管列为违规示例.
ZH_CRITICISM = _LazyRegex(
    # told off by others: 晒刷抖音跑高速的视频，被大家骂了一顿
    r"被(?:大家|网友|群友|车友|众人|评论区|交警|家人)?(?:骂|喷|怼|批)(?:了)?(?:一顿|惨了|翻了|上热搜)?|"
    # boasts reported, rumours stopped, accounts banned, clarifications: 他吹他的车能自己开; 群里别再传; 已经被平台封号; 车主本人已经出来澄清了
    r"(?:他|她|对方|男朋友|女朋友|男友|女友|邻居|同事)(?:总|老|还|就|一直|又)?(?:在)?吹(?!风|头发|空调|干|起|着)|别再(?:传|转)|不要再(?:传|转)|"
    r"都是外行|外行话|封号|被封|拉黑|纯属夸大|纯属胡扯|胡扯|瞎扯|胡说八道|夸大其词|言过其实|博主翻车|被[^。！？]{0,8}辟谣|不予通过|被否决|(?:把|将)[^。！？]{0,12}(?:改名|更名|改成了?|改为)|删除了?[^。！？]{0,20}(?:措辞|说法|字样|表述)|统一(?:称为|改为|改称)|(?:考核|检查|审核|评估|暗访)(?:结果)?(?:为)?不合格|算(?:是)?危险驾驶|这是危险驾驶|"
    # a joke taken back after the claim: 让车自己开——开玩笑的，它做不到
    r"(?:——|—|！|!)\s*开(?:个)?玩笑(?:的|啦|呢)?[，,]?\s*(?:它|车|这车)?(?:做不到|不能|不会|不行|只是|是L2|是l2)|"
    # a joke taken back in the same sentence: 开玩笑说车能自己跑单，其实不能
    r"开玩笑(?:地|的)?说[^。！？]{0,24}?[，,]\s*其实(?:它|车)?(?:并)?(?:不能|不行|不会|没有|做不到)|(?:车主|本人|官方|品牌|博主)[^，。！？]{0,8}澄清|是剪辑的|讽刺|嘲讽|挖苦|(?:不能|不得|不许)再用|其实(?:根本|压根)?不存在|"
    # a misuse feared: 最怕学员把ACC当成自动驾驶来用
    r"(?:怕|担心|别|不要|切勿|避免)[^。！？]{0,10}把[^。！？]{1,12}(?:当成|当作|当)(?:了)?(?:自动驾驶|无人驾驶)|"
    # a level the standard does not have: 国标里根本没有L2.5这个级别; 国标只有L0到L5
    r"(?:国标|国家标准|标准)(?:里|中)?(?:根本|压根|并|也)?(?:没有?|不存在|不认识?|只有|只分)|没有[^。，,！？]{0,8}这(?:个|种|一)(?:级别|等级)|"
    # a statement marked false, as in a quiz: 驾驶员可以看手机——错
    r"(?:——|—|--)\s*(?:错|错误|不对|×)(?=[，,。！!；;]|$)|"
    # a script or edit reviewed: 脚本审核：这个结尾不能用，属于脱手宣传
    r"脚本审核|(?:这个|这句|这段|该)(?:结尾|开头|镜头|台词|文案|标题|画面)?(?:不能|不可以|不得)(?:再)?用|属于[^。，,！？]{0,6}(?:违规|违法)?宣传|"
    r"(?:被|已|已经|随后|后来|当场)[^。！？]{0,12}纠正|更正了|捏(?:一)?把汗|"
    # what the system is not for: 辅助驾驶不是让你玩手机的！
    r"不是(?:让|给|叫)(?:你|您|人|驾驶员|司机)[^。！？，,]{0,12}的|批评|指责|谴责|痛批|怒批|炮轰|抨击|诟病|太吓人|好吓人|真吓人|作死|不要命|举报|诱导|欺诈|(?:车主|用户|消费者|网友|家属|律师)[^。！？，,]{0,6}维权|维权(?:车主|群|帖|事件|案|律师)|(?:后来|已经?|随后|当场)更正|承认(?:是|了)|(?:网友|车主|用户|博主|媒体|评论区|观众)[^。，,]{0,4}吐槽|撒谎|说谎|骗人|忽悠人|误导(?:观众|消费者|用户|公众|车主|大众|网友)|"
    # an implication named as the fault: 理由是暗示驾驶员可以不管车; 不得以…名义暗示车辆可无人驾驶
    r"(?:理由是|被指|涉嫌|不得|禁止|严禁|避免|以免)[^。！？]{0,30}暗示|暗示了?(?:驾驶员|司机|用户|车主|消费者|车辆)(?:可以|能|可)|"
    r"虚假宣传|夸大宣传|无法兑现|兑现不了|(?:拿|用|以)[^。，,；;]{0,8}(?:安全|生命|性命|命|安危)(?:做|当|来做|作)(?:营销|噱头|卖点)|"
    r"营销(?:造词|噱头|话术|陷阱)|(?:说法|宣传|广告)(?:太|过于|有些|有点|明显|实在|未免)?(?:夸张|夸大|离谱|不实|失实)|"
    r"列为(?:违规|违法|禁用|反面)|违规(?:示例|案例|用语|宣传)|反面(?:教材|示例|案例)|(?:禁用|违规|违禁)词|敏感词(?:清单|表|列表|库|包括)|(?:已|已经|均已)(?:拆除|拆掉|移除|取下)|[”\"」』’']\s*(?:我们|公司|平台|系统)?(?:不认|不予认可|不承认|不采信)|(?:一律)?不得出现|"
    r"被[^，。！？]{0,12}骗了?|偷换概念|已(?:反馈|举报|投诉)|我惊了|骗保|谎称|法院(?:判|认定)|判其|才怪|(?:赶紧|连忙)?解释[:：]\s*(?:假的|骗你的|开玩笑)|国家标准里(?:压根|根本)?没有|哪有这(?:级|个级别|一级)|(?:别|不要)被带节奏|灰产|黑产|缺乏(?:可比|可靠|公开)?(?:的)?(?:数据|依据|证据)|"
    # what a claim would have people believe, and enforcement: 它真正想让你相信的，是你可以不用看路;
    # 这类内容正是监管要整治的对象
    r"想让你相信|让你误以为|让人误以为|整治|查处|(?:要求|责令|勒令)(?:其)?(?:撤回|撤下|删除|整改|更正)|(?:必须|需要|应当|一律)(?:删除|删去|删掉)|(?:删掉|删去|删除|去掉)[^。！？]{0,24}(?:镜头|文案|字样|表述|说法|那页|那句|段)|(?:镜头|文案|字幕|字样|画面|片段)[^。！？]{0,6}(?:必须|需要|要|得|一律)?(?:删|删掉|删除|剪掉|去掉)|剪辑意见|(?:被|要求)[^，。！？]{0,8}(?:删掉|删去|删除)|修改意见|批注|专家(?:提醒|指出|警告|提示)|"
    # a name changed, or calling X Y named as the harm: 从“高阶智驾”到“高阶辅助驾驶”; FSD的中文名从“完全自动驾驶能力”
    # 改为…; 把L2说成“准自动驾驶”，是误用事故频发的诱因之一
    r"从[“\"‘「][^”\"’」]{1,16}[”\"’」](?:改|更名|调整)?(?:为|成|到)[“\"‘「]|"
    r"把[^，。！？]{1,12}(?:说成|称为|称作|叫做|宣传成|宣传为|包装成|吹成)[^。！？]{0,20}(?:是|属于|就是|都是)[^。！？]{0,12}"
    r"(?:误导|诱因|违规|违法|错误|危险|误用|不负责|隐患|原因)|"
    # a claim dismissed: 说它是准自动驾驶完全是误导; 网上说能脱手的都是夸张; 别信那些说能脱手的视频
    r"(?:都是|纯属|完全是|就是在|是在)(?:夸张|误导|吹牛|噱头|忽悠)|(?:千万)?(?:别|不要|切勿)(?:轻)?(?:信|相信)(?:那些|这些|这种|这类|网上)|"
    # analysis and legal advice about someone's copy: 有分析指出…宣传片里仍出现…; 法务意见：…建议改为“…”;
    # 为什么宣传片里司机还在吃汉堡？
    r"(?:有|据)?分析(?:指出|认为|人士)|业内人士(?:指出|认为|表示)|建议(?:改为|改成|换成|替换为|删除|删去|修改为)|"
    r"为什么[^。！？]{0,12}(?:宣传片|广告片?|视频|发布会|直播间?)里|"
    # a standard listing what the system must detect: 新国标把脱手、视线偏离列为系统必须识别并干预的驾驶员行为
    r"(?:国标|标准|法规|新规)(?:把|将)[^。！？]{1,20}列为|"
    # a slip of the tongue taken back: 我的记录仪自动驾驶……哦不，是自动录像，口误口误
    r"口误|(?:哦|噢|啊)不[，,]\s*(?:是|应该是)|危险改装|违法改装|非法改装|害人|坑人|(?:千万|真的)(?:别|不要)学"
)
# A belief named as mistaken: 很多人以为零接管就是厉害; 车主把它当成了自动驾驶. Not the writer's own surprise
# (本以为要自己开) or an ad's set-up (你以为…？); and a correction after it (…，其实它能自己开完全程) is
# the writer's own claim again.
MISTAKEN_BELIEF = _LazyRegex(
    r"我以为的|误以为|误认为|误当作|误当成|错当成|(?:车主|用户|司机|驾驶员|消费者|网友|新手|人们|大家|有人|很多人|不少人|许多人|一些人|部分人|好多人|考生|学员)"
    r"(?:常常|往往|总是?|都|还|可能|会|容易)?(?:以为|把[^，。！？]{1,12}(?:当|听|看|理解|误解)(?:成|作|为)?了?)"
    # misuse named as a risk: "if drivers misuse our Level 2 features or treat them as autonomous",
    # "folks treating lane assist like it drives itself"
    r"|\btreat(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}?like\s+(?:it|a|an|the)\b|\b(?:misuse\w*|treat(?:s|ed|ing)?\s+(?:it|them|the\s+(?:system|feature)s?|our\s+[\w-]+(?:\s+[\w-]+)?)\s+as|mistak(?:e|es|en|ing)\s+(?:it|them)\s+for)\b"
    # a line that misled: "the old line made them think the car drove itself"
    r"|\bmade\s+(?:them|people|drivers|customers|owners|buyers|some|many|readers|viewers)\s+(?:think|believe|assume)\b"
    r"|\b(?:wrongly|mistakenly|falsely|incorrectly)\s+(?:believ\w*|think\w*|thought|assum\w*)\b"
    # "People finance these packages thinking the car drives itself"
    r"|\b(?:people|buyers|customers|drivers|owners|folks|many|some)\s+(?:[\w-]+\s+){0,5}?(?:thinking|think|thought|believing|believe|believed|assuming|assume)\s+(?:that\s+)?(?:the\s+car|it|their\s+cars?|the\s+system)\b"
)
# The belief endorsed, not called mistaken: "Our customers treat it like a robot driver, and they're right to."
ENDORSED = _LazyRegex(r"\b(?:and\s+)?(?:they|you|he|she)(?:'re|’re|\s+are|\s+is|'s)\s+(?:quite\s+)?right(?:\s+to)?\b|说得(?:没错|对)|确实如此|确实(?:像|是这样)")
# A belief corrected by what happened: "I thought it was self-driving until it drifted toward a barrier".
BELIEF_UNTIL = _LazyRegex(r"\b(?:i|we|they|he|she|people)\s+(?:thought|assumed|believed)\s+(?:it|the\s+car)\s+(?:was|could)\b[^.;!?]*\buntil\b")
# Someone's words dismissed right after them: 好多人说这车能自己开，那是误解; "…, which is a myth"
DISMISSED_AFTER = _LazyRegex(
    r"[,，]?\s*(?:那|这)(?:是|就是|纯属|完全是)(?:个)?(?:误解|误会|谣言|误导|错的|不对的|吹的|吹牛|假的|骗人的|广告词|宣传语|营销话术)"
    # answered by the maker: 客服回应：该车不具备此功能，请勿轻信
    r"|不具备(?:此|该|这个|这项|这一|这种)?功能|请勿轻信|不要轻信|别轻信|不能当真|别当真|(?:我)?(?:不认同|不同意|不赞同|不敢苟同)"
    r"|[,，]\s*(?:which|that)\s+is\s+(?:a\s+)?(?:myth|misunderstanding|wrong|false)\b"
)
CORRECTION = _LazyRegex(r"其实|实际上|事实上|但是?|可是|然而|结果|没想到|\bactually\b|\bin fact\b|\bbut\b")


def is_mistaken_belief(sentence: str, start: int | None = None) -> bool:
    """The claim (at `start`, or anywhere in a sentence the models judge) is what some people
    wrongly believe or misuse it as, with no correction between the belief and the claim; or
    someone's words, dismissed right after them."""
    end = len(sentence) if start is None else start
    corrected = BELIEF_UNTIL.search(sentence)
    if corrected is not None and corrected.start() < end:
        return True
    belief = MISTAKEN_BELIEF.search(sentence, 0, end)
    if belief is not None and not CORRECTION.search(sentence, belief.end(), len(sentence) if start is None else end) \
            and not ENDORSED.search(sentence, belief.end()):
        return True
    return bool(REPORTED_SPEECH.search(sentence, 0, end) and DISMISSED_AFTER.search(sentence, end if start is not None else 0))

# Criticism of overclaims: "any ad that says you can sleep at the wheel is lying" — the claim is
# reported in order to be refuted.
EN_CRITICISM = _LazyRegex(
    # complaints upheld or made, copy withdrawn: "The ASA upheld complaints that the spot implied…",
    # "a viewer complained that the line told drivers…; the dealer removed it"
    r"\bupheld\s+(?:a\s+|the\s+)?complaints?\b|\bcomplain(?:ed|s|t)\s+that\b|\b(?:removed|withdrew|pulled)\s+(?:it|the\s+(?:ad|advert|line|post|video|claim))\b|"
    # a claim called a lie, a quoted name demoted, the claim mocked by a crash: "#SelfDrivingSaturday is a
    # lie", "my Pelican's 'autopilot' is just cruise control with anxiety", "'drives itself' — straight into a ditch"
    r"\bis\s+a\s+lie\b|\blies?\s+told\s+by\b|['\"’”]\s+is\s+(?:just|only|really|basically)\s+(?:cruise\s+control|lane\s+assist|adaptive\s+cruise|a\s+level\s+2|level\s+2)\b|"
    r"['\"’”]\s*[—–-]+\s*(?:straight\s+)?into\s+(?:a|the)\s+(?:ditch|hedge|bollard|lamp-?post|kerb|curb|wall)\b|"
    r"\b(?:any|an?|the|every|each|those|these|such)\s+(?:ads?|adverts?|advertisements?|commercials?|brochures?|dealers?|"
    r"salesm[ae]n|sales reps?|videos?|influencers?|carmakers?|brands?|claims?|marketing|copy|slogans?|livestreams?)\s+"
    r"(?:that|which|who|claiming|saying|promising|suggesting|implying)\b[^.;!?]{0,120}?"
    r"\b(?:is|are|was|were)\s+(?:lying|wrong|misleading|deceptive|dangerous|false|illegal|unlawful|irresponsible|a lie|"
    r"(?:just |simply )?(?:lying|wrong))\b"
    # someone's pitch the speaker did not buy: "my dealer tried to tell me I could text on the highway"
    r"|\b(?:tried|tries|trying|try) to (?:tell|convince|persuade|assure) (?:me|us)\b"
    r"|\banyone\s+(?:(?:who|that)\s+(?:says|claims|tells\s+you|calls|describes)|calling|describing)\b[^.;!?]{1,60}?\b(?:hasn't|has not|is lying|is wrong|doesn't know|does not know|"
    r"is selling (?:you )?(?:something|a story|snake oil)|is kidding (?:you|themselves))\b"
    # a promise set against what happened: "for all the talk at the launch about 'a car that never misses', …"
    r"|\bfor all (?:the|its|their|his|her) (?:talk|hype|claims?|promises?|marketing|bluster)\b"
    r"|\b(?:is|are)\s+(?:running\s+)?(?:a\s+)?scams?\b"
    # a clause that forbids the claim: "no claims that the vehicle drives, steers or parks itself"
    r"|\bno\s+claims?\s+that\b"
    # the name set against what the feature is: "Despite its name, AutoLane is a Level 2 feature"
    r"|\bdespite\s+(?:its|the|their)\s+(?:[\w-]+\s+)?names?\b"
    # a claim rejected: "The court rejected the argument that the vehicle was self-driving"
    r"|\b(?:reject\w*|dismiss\w*|den(?:y|ies|ied|ying)|refut\w*|disput\w*|debunk\w*)\s+(?:the|any|a|an|their|his|her|its|this|that)\s+"
    r"(?:[\w-]+\s+)?(?:argument|claim|suggestion|idea|notion|assertion|contention|belief|defen[cs]e)\s+that\b"
    # "so the 'goes anywhere' posts from bulls are wrong"
    r"|\b(?:posts?|tweets?|threads?|videos?|rumou?rs?)\b[^.;!?]{0,40}?\b(?:are|is|were|was)\s+(?:just\s+)?(?:wrong|false|misleading|nonsense|noise)\b"
    # "a short history of a misleading word"; influencers "demonstrating misuse, not capability"
    r"|\bmisleading\s+(?:word|term|name|label|claim|branding|marketing)s?\b|\b(?:demonstrat\w+|showing|shows|is|are|constitutes?)\s+misuse\b"
    # "calling it hands-off would be dangerous nonsense"; "names that suggest the car drives itself can mislead"
    r"|\bcalling (?:it|this|them)\b[^.;!?]{1,40}?\b(?:would be|is|was)\s+(?:\w+\s+)?(?:nonsense|misleading|wrong|dangerous|a lie|false|irresponsible)\b"
    r"|\b(?:names?|terms?|words?|wording|labels?|claims?)\s+that\s+(?:suggest|imply|say)s?\b[^.;!?]{0,60}?\b(?:mislead\w*|confus\w+)"
    # the maker's own apology for a past stunt: "We apologise for the livestream in which a presenter …"
    # (not "…, but it is still the safest system on the road", a claim after the apology)
    r"|\b(?:we|i)\s+(?:sincerely\s+|deeply\s+)?(?:apologi[sz]e|are sorry|'re sorry)\s+for\b(?!\s+nothing)(?![^.!?]*\b(?:but|yet|still)\b)"
)


def is_criticism(sentence: str) -> bool:
    """Copy that refutes or condemns an overclaim names the claim without making it."""
    return bool(EN_CRITICISM.search(sentence))

REPORT_CONTEXT = _LazyRegex(r"剪辑|是真的吗|真的假的|靠谱吗|可信吗|能信吗|\bis\s+(?:that|it|this)\s+(?:true|legit|real)\b|千万别信|不要相信|别信|别乱说|别瞎说|不要乱说|谣言|不可信|交警|警方|事故调查|认定|法院|记者|investigat\w*|police|crash report|myth|"
                            r"ministry|regulators?|xinhua|reuters|associated press|news agency|并无|不属于|违法|评论区|教人")


# The maker's own people speaking for the product: a quoted claim by a CEO at a launch or to
# investors is the maker's promotion ("a forecast at a shareholder meeting, still promotion").
EN_MAKER_SPEAKER = _LazyRegex(
    r"\b(?:ceo|founder|co-founder|chairman|chairwoman|president|chief [\w-]+ officer|cto|coo|cmo|"
    r"head of (?:product|engineering|autonomy|marketing|sales)|product (?:manager|lead)|spokes(?:person|man|woman)|"
    r"brand ambassador)\b[^.;!?]{0,60}?\b(?:said|says|told|promised|announced|added|declared|boasted|claimed)\b"
    r"|\b(?:said|says|told|promised|announced|added|declared|boasted|claimed)\b[^.;!?]{0,40}?\b(?:ceo|founder|co-founder|"
    r"chairman|chairwoman|president|chief [\w-]+ officer|spokes(?:person|man|woman))\b"
    r"|\btold (?:investors|shareholders|analysts|the launch audience|the crowd)\b"
    # the maker's engineers naming their own system: "its engineers describe internally as 'Level 2.8'"
    r"|\b(?:its|our|their|the company's) (?:own )?engineers\b[^.;!?]{0,20}?\b(?:describ\w*|call\w*|label\w*|refer\w*)\b"
    # the maker's own promise or slogan, quoted: “全程零接管”，是我们对每一位车主的承诺; "'Zero takeovers' is our promise"
    r"|是我们(?:对[^，。！？]{0,15})?的(?:承诺|保证|口号|宣言|底气)|我们(?:郑重|再次)?(?:承诺|保证)|\bis our (?:promise|pledge|guarantee|slogan|motto)\b"
    # a customer's words adopted by the maker: "Owner video quoted in our ad", "Story of the week: …"
    r"|\bquoted in our (?:ad|advert|campaign|brochure)|\bstory of the week\b|\bcustomer of the (?:week|month)\b|\bwe love hearing\b"
    r"|\bat the (?:[\w-]+ )?(?:launch|unveiling|reveal|premiere|keynote|investor day|shareholder meeting)\b"
)


def is_mention(sentence: str, start: int, end: int) -> bool:
    """The words are talked about, not claimed: quoted in reporting, named as a term, explained
    in a level taxonomy, or someone else's words reported in news or refuted. A claim quoted from
    the maker's own executives is still the maker's claim."""
    before, after = sentence[max(0, start - 30) : start], sentence[end : end + 24]
    if REPORTED_SPEECH.search(sentence[:start]) and REPORT_CONTEXT.search(sentence):
        return True
    if is_report_or_critique(sentence) or is_mistaken_belief(sentence, start):
        return True
    if (EN_MENTION_BEFORE.search(before) and not EN_NAMING_CLAIM.search(sentence, 0, start)) or ZH_MENTION_AFTER.search(after) \
            or EN_MENTION_AFTER.search(after) or ZH_MENTION_NAMED.search(before):
        return True
    if EN_REPORTED_MEANING.search(sentence, 0, start) or (EN_ASKED_OR_LISTED.search(sentence, 0, start)
                                                           and not EN_YES_REPLY.search(sentence, end)):
        return True
    if EDIT_BEFORE.search(before) and EDIT_AFTER.match(after):
        return True
    if not in_quotes(sentence, start, end):
        return False
    if ZH_MENTION_BEFORE.search(before) or _is_echo_question(sentence, start, end):
        return True
    if EN_MAKER_SPEAKER.search(sentence):
        return False  # the maker's own claim, quoted
    return has_mention_cue(sentence)


# Someone's words echoed as a question of their own: “闭眼都能到”？这种视频就是在拿命带货; "'Drives itself'?
# Not quite." — quoted to be doubted.
_ECHO_OPEN = _LazyRegex(r"(?:^|[。！？.!?])\W*(?:[^\W_][\w ]{0,14}[:：]\s*)?[“\"‘「『'][^”\"’」』']{0,40}$")
_ECHO_CLOSE = _LazyRegex(r"[^“”\"’」』']{0,40}[”\"’」』']\s*[?？]+(?!\W*(?:yes|yep|absolutely|of course|sure|是的|当然|没错|对|能|可以))")


def _is_echo_question(sentence: str, start: int, end: int) -> bool:
    return bool(_ECHO_OPEN.search(sentence, 0, start)) and bool(_ECHO_CLOSE.match(sentence, end))


# Two terms compared, in either language: 智能辅助驾驶和自动驾驶差在哪？(not 和自动驾驶没区别, which equates them)
TERMS_COMPARED = _LazyRegex(
    r"(?:和|与|跟)[^，。？！,]{1,12}(?:的(?:根本|主要|最大|核心)?区别(?:是|在于|在哪)|差在哪|有什么区别|有何区别|的差别在于|是两回事|不是一回事|是两码事)"
    # "explained the difference between assisted driving, where you are responsible, and automated driving"
    r"|\b(?:explain\w*|know|knows|learn\w*|understand\w*|teach\w*|tell\w*|what[''’]s|what\s+is)\s+(?:[\w'’-]+\s+){0,3}?(?:the\s+)?(?:difference|distinction)\s+between\b[^.;!?]{0,120}\band\b"
)


@_per_sentence
def has_mention_cue(sentence: str) -> bool:
    """Words that show quoted terms are talked about (banned, claimed, boasts, 说法, 宣传 …)."""
    return bool(EN_MENTION_CUES.search(sentence) or ZH_MENTION_CUES.search(sentence))


QUIZ_OR_MYTH = _LazyRegex(
    r"\bmyth\s*[:：]|\btrue or false\b|\bwhich of these\b|\bwhich\s+(?:one\s+|statement\s+)?is\s+(?:correct|true|false|right)\b|\b(?:mock|practice)\s+(?:theory|test|exam)\b|theory[- ]test\s+question|\banswer\s*[:：]\s*\(?[a-d]\)|误区[:：]|真相[:：]|判断题|选择题|单选题|多选题|问卷|请勿模仿|切勿模仿|特技演示|第\s*\d+\s*题|[（(][×✗✘][）)]"
)


# A style guide lists words not to use: "House style: … Do not write 'self-driving', 'hands-free'".
# The legal status of self-driving vehicles: "only vehicles authorised as self-driving under the
# Automated Vehicles Act shift liability".
LEGAL_STATUS = _LazyRegex(
    r"\bauthori[sz]ed\s+(?:as\s+(?:an?\s+)?)?self-driving\b|\bauthori[sz]ed\s+automated\s+vehicles?\b|"
    # what a regulator's text says: "SAMR's 2025 draft says firms must counter 脱手 and sleeping drivers"
    r"\b(?:samr|miit|dmv|nhtsa|the\s+regulator)['’]s\s+(?:\d{4}\s+)?(?:draft|rules?|notice|guidance|standard|decision)\s+(?:says|said|requires|bans|prohibits|forbids)\b|\bautomated\s+vehicles\s+act\b|\buser-in-charge\b|\blaw\s+commission\b|"
    # testing permitted by a regulator: 只允许在指定地点和条件下测试自动驾驶车辆
    r"(?:允许|批准|获准|许可|准许)[^，。！？]{0,16}测试(?:自动驾驶|无人驾驶)|(?:自动驾驶|无人驾驶)(?:车辆)?(?:道路)?测试(?:牌照|许可|资格)"
)
STYLE_GUIDE = _LazyRegex(
    r"\bhouse style\b|\bstyle guide\b|\b(?:do not|don't|never)\s+(?:write|say|use)\s+[\"'“‘]|\bdo[- ]not[- ](?:say|use)\s+list\b|\bwords?\s+to\s+avoid\b|(?:禁止|不得|不要|请勿|一律不|不再|不能)(?:使用|写|说|用)[“\"'‘「]"
    # a copywriting brief: "Copywriters, please avoid 'hands-free' anywhere in the campaign"
    r"|\bcopywriters?\b[^.;!?]{0,20}\bavoid\s+[\"'“‘]|\bplease\s+avoid\s+[\"'“‘]"
    # old copy quoted for editing: 文案修改前：全场景智驾; 客户问PPT里能不能写L2+; "Before: …", "Old wording: …"
    r"|^\W*(?:文案)?(?:修改|改写|整改|修订)前\s*[:：]|^\W*(?:原文案|原文|原稿|旧文案|旧说法|原说法)\s*[:：]|^\W*(?:before|old (?:copy|wording|line))\s*[:：]"
    r"|(?:能不能|可不可以|能否|可否)写"
    # a brief's banned shots: 投放brief禁止画面：双手离开方向盘、闭眼
    r"|(?:禁止|不得出现|不得使用|不要出现)的?(?:画面|镜头|内容|场景|动作)\s*[:：]"
)


# History: "A radio-controlled 'driverless' car toured Manhattan in 1925", 2011年…红旗HQ3完成了无人驾驶
#高速试验, "a 1960s cruise-control display". Not "Back in 2013 we promised it; today it drives itself".
HISTORY_RE = _LazyRegex(
    r"(?:\bwhere\s+(?:it|they|the\s+\w+)\s+used\s+to\s+(?:say|read|call)\b|\b(?:in|by|back in|during)\s+(?:18|19)\d\d(?:s)?\b|\b(?:in|back in)\s+(?:200\d|201[0-4])\b|\b19\d0s\b|"
    r"(?<![\d自从])(?:19\d\d|200\d|201[0-4])年(?!以来|起|至今|开始))"
    # (not a then-and-now line that reaches this decade: "In 1999 only ABS; the 2025 edition drives itself")
    r"(?![^.!?。！？]*\b(?:today|now|these days|nowadays|20[2-9]\d)\b)(?![^。！？]*(?:如今|现在|今天|20[2-9]\d))"
)


@_per_sentence
def is_report_or_critique(sentence: str) -> bool:
    """A whole sentence that reports (news, enforcement), explains the levels, defines terms, states
    what the law calls self-driving or criticises someone's marketing: whatever claim it holds is
    talked about, not made."""
    return bool(NEWS_RE.search(sentence) or ZH_CRITICISM.search(sentence) or TAXONOMY_RE.search(sentence)
                or QUIZ_OR_MYTH.search(sentence) or STYLE_GUIDE.search(sentence) or LEGAL_STATUS.search(sentence)
                or TERMS_COMPARED.search(sentence) or HISTORY_RE.search(sentence)
                or GLOSSARY_ENTRY.search(sentence) or is_criticism(sentence))


def in_quotes(sentence: str, start: int, end: int) -> bool:
    """Whether sentence[start:end] lies inside a quotation (curly, CJK, or straight quotes)."""
    for opening, closing in QUOTE_PAIRS.items():
        open_at = sentence.rfind(opening, 0, start + 1)
        if open_at != -1 and sentence.find(closing, open_at + 1, start) == -1 and sentence.find(closing, end - 1) != -1:
            return True
    if sentence.count('"', 0, start) % 2 == 1 and '"' in sentence[end:]:
        return True
    return _in_single_quotes(sentence, start, end)


# (in Chinese a quotation opens and closes right beside Han characters: 开启'自动驾驶'模式)
_SINGLE_OPEN = _LazyRegex(r"(?:^|(?<=[\s(\[:—\-\u3400-\u9fff，。：；！？、（]))'")
_SINGLE_CLOSE = _LazyRegex(r"'(?=$|[\s.,;:!?)\]—\-\u3400-\u9fff，。：；！？、）])")


# A quotation: curly, CJK or straight double quotes, and straight single quotes where they cannot
# be apostrophes (the same positions `_in_single_quotes` accepts).
QUOTATION_RE = _LazyRegex(
    r"“[^”]{1,200}”|‘[^’]{1,200}’|「[^」]{1,200}」|『[^』]{1,200}』|\"[^\"]{1,200}\"|"
    + _SINGLE_OPEN.pattern + "[^']{1,200}" + _SINGLE_CLOSE.pattern
)


def without_quotations(sentence: str) -> str:
    """The sentence with every quotation replaced by a space: what its writer says in their own words."""
    return QUOTATION_RE.sub(" ", sentence)


def _in_single_quotes(sentence: str, start: int, end: int) -> bool:
    """Straight single quotes double as apostrophes, so only quote-like positions count."""
    opens = [m.start() for m in _SINGLE_OPEN.finditer(sentence, 0, start + 1) if m.start() <= start]
    if not opens:
        return False
    last_open = opens[-1]
    closes_between = [m.start() for m in _SINGLE_CLOSE.finditer(sentence, last_open + 1, start)]
    return not closes_between and bool(_SINGLE_CLOSE.search(sentence, end - 1))


# --- other domains ------------------------------------------------------------------------------

EN_OTHER_DOMAIN = _LazyRegex(
    # (not a traveller's own flight: "unwind after your flight")
    r"\b(?:aircraft|airplanes?|aeroplanes?|planes?|aviation|airliners?|cockpits?|"
    r"(?<!your )(?<!a long )(?<!long-haul )(?<!overnight )(?<!red-eye )(?<!connecting )flights?(?![-\s]line)|jets?(?![-‐\s]?lag)|"
    r"boats?(?!\s+(?:trailers?|ramps?|launch\w*))|yachts?|vessels?|sailing|sailboats?|marine|underwater|trolling motors?|outboards?|jet ?skis?|ship's|cargo ships?|container ships?|ocean|drones?|robots?(?![\s-]+(?:drivers?|chauffeurs?))|robotic|robotics|vacuums?|mowers?|"
    # a robot cleaning a home, a racing simulator: "map your home and clean it autonomously"
    r"clean(?:s|ing|ed)?\s+(?:it|them|(?:the|your)\s+(?:house|home|floors?|rooms?|carpets?))|racing sims?|sim racing|(?:driving|racing) simulators?|"
    # (not a road haulier's tractor unit: "the long-haul tractor drives itself between hubs")
    r"lawnmowers?|lawn|(?<!long-haul )(?<!road )(?<!semi )(?<!truck )tractors?(?![\s-]+units?)(?![^.;!?]*\b(?:hubs?|trunk|freight|haulage|hauliers?|hgvs?|trailers?|sleeper|depots?|long-haul)\b)|forklifts?|spacecraft|rockets?|satellites?|rovers?|"
    r"\blevel\s+-?\d+\s+(?:has|offers|houses|holds)\s+\d+|golf (?:trolley|cart|caddy|buggy)s?|(?:golf |resort |self-driving )buggies|toys?|toy cars?|(?:the|a|city|driverless|automated|airport)\s+metro|building management|ventilation|hvac|metro\s+(?:lines?|trains?|systems?|stations?|network)|subway|trains?(?!\s+(?:the|our|its|your|their|a|an|on|it|them|itself|autopilot)\b)|trams?|people movers?|shuttle pods?|airport shuttles?|terminal shuttles?|between (?:the )?terminals|"
    r"video[- ]games?|game studios?|simulation engines?|in the game|(?:the|this|a) game\b(?![- ]?chang)|"
    # the boot opened by a foot swipe; self-drive hire (you drive it); a staffed coach
    r"(?:open|opens|opening|close|closes|closing)\s+the\s+(?:boot|trunk)|self-?drive\s+(?:[\w-]+\s+){0,2}?(?:hire|rentals?|holidays?|tours?|itinerar\w+|safaris?|loops?|road\s*trips?|trips?|routes?)|self-?drive\s+(?:4x4s?|campers?|campervans?|motorhomes?|convoys?|guests?|groups?)\b|"
    r"hands-free\s+(?:[\w-]+\s+)?(?:kits?|headsets?)|ride-on|(?:self-driving|autonomous)\s+lab(?:s|oratory|oratories)?\b|\bdj\s+mode\b|\bauto-?dj\b|xbox|playstation|ps5|nintendo|"
    r"(?:rota|schedule|calendar|admin|paperwork|spreadsheet)\s+(?:pretty\s+much\s+|basically\s+|practically\s+)?runs\s+itself|"
    # a song, single or album title, a metaphor named: "New single 'Driverless' is about a breakup, not a car"
    # (not "it's not a car, it's a chauffeur", which claims)
    r"\b(?:single|song|album|track|ep|lyrics?)\s+['\"‘“]|\bmetaphor\s+for\b|\babout\s+[^.;!?]{1,30},\s+not\s+(?:a|the|your)\s+car\b|\bnot\s+a\s+car\s+feature\b|"
    r"park-and-ride|staffed\s+(?:coach|bus|shuttle)|(?<!to\s)(?<!to\sthe\s)car\s+wash(?:es)?|conveyor|in the (?:film|movie|novel|series|simulation)|careers?|muscle memory|"
    r"savings|investments?|thermostats?|treadmills?|(?:powered|electric|motori[sz]ed|smart|robotic|autonomous|self-driving|driverless)\s+wheelchairs?(?![\s-]*(?:users?|accessible|access|friendly|ramps?|spaces?|bays?))|wheelchairs?\s+(?:that|which)\s+(?:drive|take|move|navigate|steer)|email marketing|printers?|"
    r"(?:brains?|minds?|heads?|brain['’]s|mind['’]s|head['’]s)\s+(?:\w+\s+)?on\s+autopilot|autopilot(?:\s+mode)?['\"’”]?\s+in\s+(?:your|my|their|his|her|one's)\s+(?:own\s+)?(?:head|mind)\b|"
    # a child's bike, and "autonomy" as a battery's range: "520 km of autonomy on one charge"
    r"stabili[sz]ers|balance\s+bikes?|bicycles?|\d+\s*(?:km|kilomet(?:re|er)s|miles|mi)\s+of\s+autonomy|autonomy\s+on\s+(?:one|a\s+single|a\s+full)\s+charge|battery\s+autonomy|robo-?advis\w+|(?:hands[- ]?free|automatic|autonomous|self-driving)\s+auto-?pay\w*|auto-?pay\w*\s+(?:is\s+|goes\s+)?(?:hands[- ]?free|on\s+autopilot|autonomous)|trolleys?|the\s+fed\b(?![-‐])|federal\s+reserve|central\s+banks?|"
    r"(?:autonomous|driverless|robotic)\s+rac(?:e|ing)\s+cars?|a2rl|roborace|"
    r"stunt[\s-]+(?:rigs?|drivers?|doubles?|coordinators?|teams?|crews?|performers?|m[ae]n|wom[ae]n)|driven\s+remotely|remote-?controlled|closed\s+site|port\s+terminals?|"
    # toys and models, film tropes, port yards and aircraft: "RC buggy with an auto-return button",
    # "a sentient hover-car", "driverless container trucks inside the terminal", "pilots flying into Dubai"
    r"\brc\s+(?:[\w-]+\s+)?(?:cars?|buggy|buggies|trucks?|models?|racers?|crawlers?)|remote[- ]control(?:led)?\s+(?:cars?|models?|toys?|trucks?)|\bages?\s+\d+\s*\+|"
    r"kids'?\s+(?:jeeps?|quads?|ride-?ons?)|line-?follow\w*|hover-?cars?|sci-?fi\s+(?:films?|movies?|shows?|series|taxis?|cabs?|cars?|novels?|books?|stor(?:y|ies)|writers?)\b|sentient|getaway\s+(?:drivers?|scenes?|cars?)|camera\s+cars?|"
    r"\bdlr\b|(?:container|port|yard|terminal)\s+trucks?|tutorial\s+levels?|pilots\s+(?:fly|flying|flew|engage|engaged|land|landing|monitor\w*)\b|\b(?:airline|fighter|helicopter)\s+pilots?|flying\s+(?:into|over)\b|"
    r"held\s+(?:a|the|her|its)\s+(?:steady\s+)?(?:heading|course)|\bover\s+the\s+(?:atlantic|pacific)\b|"
    # a region, a learner or a patient's autonomy; games' computer cars and scale models; a bus route; a yard
    # tractor on private land; hands-free voice commands; a game's own modes; a closed proving ground
    r"autonomous\s+(?:regions?|prefectures?|count(?:y|ies)|communit(?:y|ies)|republics?|territor(?:y|ies))|(?:learner|student|pupil|learning|patient|personal|workplace|creative)\s+autonomy|"
    r"(?:computer|cpu|npc)[- ](?:cars?|drivers?|controlled|opponents?)|game\s+reviews?|\b1:(?:8|10|12|14|16|18|24|32|43|64)\s+(?:scale|remote|rc\b|model|die-?cast|[\w-]+\s+(?:model|toy|replica))|e-?bikes?|handlebars?|"
    r"\bl\d\s+bus(?:es)?\b|autonomy\s+(?:for|of)\s+(?:the\s+|our\s+|their\s+)?(?:learners?|students?|pupils?|patients?|staff|teachers?|employees?|workers?|teams?|children|kids)\b|"
    # a biplane's gyroscope, board games and coding toys, a fire engine's ladder, a guided busway, port
    # carriers, air ambulances, a dish named after the feature, a short film
    r"private\s+campus|campus\s+loops?|(?:in|inside|within|around)\s+(?:a|the)\s+theme\s+parks?|(?:fixed|fenced)\s+(?:\d+(?:\.\d+)?\s*km\s+)?loops?|biplanes?|gyroscop\w*|board\s+games?|\bdice\b|coding\s+(?:cars?|robots?|toys?)|(?:aerial|turntable)\s+ladders?|guided\s+busways?|kerb-guided|guide\s+wheels|"
    r"(?:container|straddle)\s+carriers?|air\s+ambulances?|(?:autopilot|self-driving|driverless)\s+(?:breakfasts?|brunch|burgers?|combos?|menus?|meals?|platters?|specials?|sundaes?|shakes?)\b|sci-?fi\s+shorts?\b|"
    r"yard\s+tractors?|private\s+land|hands-free\s+voice\s+commands?|game\s+(?:mode|vocab\w*)(?=\s*[:：])|closed\s+(?:proving\s+grounds?|test\s+tracks?)|safety\s+(?:engineer|operator)s?\s+(?:aboard|on\s+board)|"
    # a game's vehicles, a recovery truck, an emergency call: "In Moving Simulator the van drives itself if
    # you hold Shift", "your car rides on the flatbed", "after the car's eCall sent its location"
    r"\bhold\s+shift\b|🎮|(?:ecall|emergency\s+call)\s+(?:sent|sends|shared|shares|alerted|alerts)\b|"
    r"(?:boot|trunk|tailgate|liftgate)\s+(?:opening|release|access)|\b(?:i|we)\s+(?:can|could)\s+(?!drive|do\s+the\s+(?:drive|commute))(?:\w+\s+){1,5}?on\s+autopilot\b|"
    r"3d print\w*|breast pumps?|pumps?|ferry|ferries|captain|pods?|tugs?|warehouses?|"
    r"fridges?|groceries|grocery|meal prep|kitchen|recipes?|mow|mowing|ai rival|in-game|racing game|"
    r"voice control|voice assistant|smart speakers?|fl\d{3}|combines?|harvesters?|boot lids?|tailgates?|"
    r"liftgates?|trunk lids?|toilets?|suitcases?|karts?|go-karts?|gamepads?|altitude|runways?|"
    r"airfields?|hangars?|hangared|air traffic|airlines?|gamers?|players|racing-game|tie-in|dash ?cams?|crm|hedging|motorbikes?|motorcycles?|\w*mow(?:ers?|ing)?|helicopters?|space probes?|trading (?:systems?|bots?|algorithms?)|portfolios?|"
    # airliners by type, flight crews and altitudes: "held the 737 at 36,000 feet"
    r"boeing|airbus|cessna|7[1-8]7s?|a3[1-8]0s?|(?:flight |cabin |the )crews?|\d[\d,]* ?(?:feet|ft)|"
    # mining, quarries and closed industrial sites
    r"mining|mine sites?|mines|quarr(?:y|ies)|haul trucks?|ore|open[- ]pit|container terminals?|"
    r"light rail|monorails?|rail lines?|railways?|"
    # farms, ski slopes, golf courses and a camper's heater or battery ("three days of off-grid autonomy")
    r"grain carts?|sprayers?|headlands?|livestock|feed wagons?|snow groomers?|pistes?|fairways?|"
    r"heaters?|off-grid|scrubbers?|floor\s+cleaners?|"
    # household machines and their docks, doors, payments, a workout or a massage named after the feature
    r"purifiers?|(?:mode|button|setting)\s+on\s+the\s+(?:[\w-]+\s+)?(?:oven|cooker|hob|washer|dryer|vacuum)|massage\s+chairs?|molehills?|back\s+to\s+(?:the|its)\s+(?:charging\s+)?(?:dock|base)\b|on\s+(?:the|its)\s+(?:charging\s+)?dock\b|"
    r"doors\s+are\s+hands-free\b|hands-?free\s+(?:payments?|cooking|cleaning|mopping)|charging\s+arms?|(?<=bot)\s+arms?|"
    r"autopilot['’\"”]?\s+(?:workout|massage|cleaning|cooking|baking|brewing|wash)|"
    # a bus trial with its route and safety driver: "The city's autonomous bus pilot runs only on the Riverside loop"
    r"(?:autonomous|driverless|self-driving|automated)\s+bus(?:es)?|(?:with|and)\s+(?:a\s+)?safety\s+drivers?|safety\s+drivers?\s+(?:on\s+board|ready|behind|at\s+the\s+wheel|in\s+the\s+seat)|"
    # staying the night instead of driving: "our room-and-breakfast party package means nobody has to drive"
    r"stay\s+over|(?:room|bed)-and-breakfast|overnight\s+stay|"
    # a task put on autopilot: "Put your trip planning on autopilot with our route app"
    r"(?:planning|paperwork|admin|finances|bookings?|inbox|packing|shopping|budgeting|bills|payments|reminders?|earnings|income|payouts?|cash-?outs?|payroll|invoicing|accounts)\s+(?:runs?\s+)?on\s+autopilot|"
    # sailing, toys, office software and a motorhome's own equipment (not "spreadsheets" or "science
    # fiction": "finish your spreadsheets on the way to work", "Autopilot is science fact")
    r"catamarans?|skippers?|waypoints?|car-carriers?|cargo ships?|container ships?|vessels?|freighters?|tankers?|home batter(?:y|ies)|solar (?:power|panels?|energy)|"
    r"building sets?|lego|bookkeeping|levell?ing jacks?|(?:casual|rc|slot|toy|sim|virtual|online)\s+racers|racers\s+\d+|floor mats?|seat covers?|roof (?:box|rack)s?|"
    # keyless entry ("unlock the car hands-free"), a workplace's safety record, public transport
    r"smart keys?|key ?fobs?|keyless|hands-free\s+(?:calls?|calling|phone|kit|bluetooth)|call(?:s|ing|ed)?\s+(?:\w+\s+){0,2}hands-free|unlock(?:s|ing)?\s+(?:the|your)\s+(?:car|doors?)|"
    r"(?:accidents?|injur\w+|incidents?)[^.;!?]{0,40}?\b(?:in|at)\s+(?:our|the|its)\s+(?:[\w-]+\s+)?(?:factory|factories|plant|workshop)|"
    r"(?:factory|plant|workplace)\s+safety|lost-time|(?:accidents?|injur\w+|incidents?)[^.;!?]{0,30}?\b(?:at|in)\s+(?:our|the|its)\s+(?:[\w-]+\s+){0,2}(?:depot|warehouse|yard|site)s?\b|"
    r"(?:driving|racing|driving-school|arcade|mobile|online|computer|phone)\s+games?|motor\s+cruisers?|cabin\s+cruisers?|"
    r"on\s+the\s+(?:bus|coach|tube|plane)|by\s+(?:bus|coach|train)|(?:take|took|taking|book|booked|booking)\s+(?:the|a)\s+coach|bus\s+rides?|"
    # defence robots and proving grounds, boats at sea, grooming gadgets, a drink named after the
    # feature, a sim game, a door opened by a foot: "the unmanned ground vehicle was teleoperated",
    # "Autopilot engaged, heading 270, wind 18 knots", "hands-free hair dryer stand", "12 hands-free
    # minutes on the charging dock", "the 'Self-Driving' green smoothie", "hands-free sliding door"
    r"unmanned\s+(?:ground|aerial|surface|underwater)\s+vehicles?|(?:ugv|uav|usv|uuv)s?|proving\s+grounds?|military\s+test\s+tracks?|teleoperat\w*|loyal\s+wingm[ae]n|air\s*shows?|"
    r"knots|on\s+the\s+water|heading\s+\d{3}|(?:hair\s*dryer|blow-?dryer)\s+stands?|charging\s+docks?|"
    r"(?:autopilot|self-driving|driverless)['’\"”]?\s+(?:[\w-]+\s+){0,2}?(?:martinis?|cocktails?|mocktails?|smoothies?|lattes?|coffees?|espressos?|drinks?|juices?|teas?|flat\s+whites?|cappuccinos?|mochas?)|"
    r"sim\s+games?|sliding\s+doors?|kick\s+under\s+the\s+bumper|"
    # a cartoon or a music video, camera rigs, a battery's days off-grid, a closed campus, an audiobook's controls
    r"animated\s+(?:shorts?|films?|series|features?)|music\s+videos?|cartoon\s+(?:cars?|family|characters?)|avatar['’]s|(?:game|vr)\s+controllers?|the\s+controllers|joysticks?|tow\s+rigs?|camera\s+sliders?|motion[- ]control|"
    r"days?\s+of\s+autonomy|(?:closed|private|hospital|university|factory)\s+(?:\w+\s+)?campus|hands-free\s+(?:chapter|song|page)\s+\w+)\b"
)
# The vehicle is driven by a person, not by its assistance: chauffeurs and limousines, taxis and
# ride-hailing, a hired or human driver taking you, a partner who drives while you sleep, and
# children or passengers asleep in the back. "Your car, your chauffeur" (the car as the driver) has
# none of these.
EN_HUMAN_DRIVER = _LazyRegex(
    r"\b(?:(?:book|booked|booking|hail|hailed|call|called|order|ordered|take|took|taking)\s+(?:a|an|the|your)\s+"
    r"(?:limousine|limo|taxi|cab|minicab|chauffeured car)s?|taxi drivers?|cab drivers?|(?:grab|uber|lyft|didi|bolt) driver\b(?!s)|"
    r"ride-?hailing|ride-?shar\w*|"
    r"(?:sister|brother|wife|husband|partner|mum|mom|dad|buddy|friend|mate|uncle|aunt|cousin|member|relative|neighbou?r|carer)(?:[''’]s|\s+is|\s+was)?\s+(?:drove|drives|driving|will\s+drive)\s+(?:you|me|us|them)\s+(?:home|back)|"
    r"(?:my|her|his|your|our|their)\s+(?:husband|wife|partner|bf|gf|boyfriend|girlfriend|dad|mum|mom|sister|brother|friend|driver|chauffeur|"
    r"roommate|flatmate|housemate|colleague|co-?worker|teammate|cousin|son|daughter|grandad|grandpa|grandma|nan|gran|uncle|aunt|mate|buddy|"
    r"neighbou?r|carer|relative|bodyguard|assistant|minder|security\s+guy|pa|editor|producer|agent|publicist|manager|boss|photographer|director)\s+(?:(?!only|just|rarely|barely|hardly|never)[a-z]+\s+)?"
    r"(?:drives|drove|is\s+driving|was\s+driving|did\s+the\s+driving|takes\s+the\s+wheel|took\s+the\s+wheel)\b|"
    # a relative at the wheel: "in picture B, Dad is driving the Brisa to work"
    r"\b(?:dad|mum|mom|grandpa|grandad|grandma|nan|gran|granny|uncle|aunt|auntie)(?:\s+is|\s+was|'s|’s)\s+(?:\w+\s+)?driving\b(?!\s+(?:less|more))|"
    r"\b(?:mate|friend|buddy|pal|bro|sister|brother|wife|husband|partner|dad|mum|mom|cousin|he|she)(?:'s|’s|\s+is|\s+was)\s+(?:the|our|my|ur|your)\s+designated\s+driver\b|"
    r"\bthe\s+(?:guy|man|woman|lady|bloke|chap)\s+driving\b|"
    r"\b(?:while|as)\s+(?:i|we)\s+(?:drove|was\s+driving|were\s+driving|did\s+the\s+driving)\b|"
    # a chauffeur service: "our chauffeured car service: let one of our drivers take the wheel"
    r"(?:hubby|husband|wife|wifey|partner|dad|mum|mom|boyfriend|girlfriend|bf|gf)\s+(?:does|did|will\s+do|is\s+doing|'s\s+doing)\s+(?:all\s+)?(?:the\s+)?driving\b|"
    r"\bsomeone\s+else\s+(?:is|'s)\s+(?:driving|at\s+the\s+wheel)|\b(?:resort|hotel|courtesy)\s+(?:shuttle|minibus|bus|coach)(?:es)?\b|"
    # a friend as the designated driver: "jake's the designated driver saturday, he's on lemonade all night"
    r"designated\s+driver\b[^.;!?]{0,40}?\b(?:(?:he|she)(?:'s|\s+is|\s+will|'ll)|lemonade|soft\s+drinks?|sober|not\s+drinking|on\s+the\s+water)\b|"
    r"chauffeur-driven|chauffeured\s+(?:cars?|services?|rides?)|\bone\s+of\s+our\s+(?:drivers|chauffeurs)\b|\bthe\s+chauffeur,?\s+(?:did|does|do)\s+the\s+driving|"
    r"(?:[\w-]+[''’]s\s+|our\s+|their\s+)(?:professional|trained|licensed|uniformed)\s+(?:drivers|chauffeurs)\s+(?:get|take|drive|bring|collect|pick)\b|"
    r"(?:a|an|your|the|our)\s+(?:human|hired|paid|private|professional|designated)\s+(?:drivers?|chauffeurs?)\s+"
    r"(?:takes?|drives?|driving|gets?|brings?|handles?|does|do|at the wheel|behind the wheel)|"
    r"(?:with|hire|book|booked|hiring|booking)\s+(?:a|an|your)\s+(?:human\s+|hired\s+|paid\s+|private\s+|professional\s+)?(?:drivers?|chauffeurs?)(?![-‐])|"
    r"(?:hire|book|booked|hiring|booking)\s+(?:our|the)\s+(?:[\w-]+\s+)?chauffeurs?|"
    r"(?:let|lets|letting|have|has)\s+(?:your|a|the)\s+(?:partner|spouse|wife|husband|friend|mum|mom|dad|co-driver|teen|son|daughter|sister|brother|cousin|aunt|uncle|mate|neighbou?r)\s+"
    r"(?:drive|take the wheel|do the driving)|"
    r"\b(?:let|lets|letting)\s+(?:grandpa|grandad|grandma|nan|gran|granny|grandparents|dad|mum|mom)\s+(?:drive|take\s+the\s+wheel|do\s+the\s+(?:driving|school\s+run|run))\b|"
    # guides or staff at the wheel: "Let our overland guides do the driving on day one"
    r"(?:let|lets|letting)\s+(?:our|your|the|a)\s+(?:[\w'’-]+\s+)?(?:guides?|drivers?|chauffeurs?|instructors?|staff|crew|team|rangers?)\s+"
    r"(?:do\s+the\s+driving|drive|take\s+the\s+wheel)|"
    r"(?:sleeping|napping|dozing)\s+(?:children|kids|babies|toddlers|passengers|little ones)|"
    r"(?:children|kids|babies|toddlers|passengers|little ones)\s+(?:in the (?:back|rear)(?: seats?)?\s+)?(?:can\s+|to\s+|may\s+)?"
    r"(?:sleep|nap|doze|rest)|"
    # a cabin mode for the rear seats: "Nap mode for the back row lowers the fan"
    r"(?:nap|sleep|rest|cinema)\s+mode\s+for\s+the\s+(?:back|rear)\s+(?:row|seats?)|"
    r"chauffeurs?(?: service)?\b[^.;:!?,]{0,40}?\b(?:drive|drives|take|takes|bring|brings|meet|meets|collect|collects|pick|picks)\s+you|"
    r"(?:our|the)\s+(?:patrol|patroller|recovery\s+driver|tow\s+driver)s?\s+(?:can|will)\s+drive\s+you\b|"
    # staff at the wheel: "Our eco-driving instructor drives the first leg", "our vanpool driver takes the route"
    r"\bour\s+(?!(?:ai|robot|robotic|virtual|digital|auto)\b)(?:[\w-]+\s+)?(?:instructors?|coach|guides?|drivers?|chauffeurs?|tutors?|teachers?)\s+(?:drives|will\s+drive|is\s+driving|takes\s+(?:you|the\s+(?:most|wheel|first|route)))\b|"
    r"(?:your|our|a|the)\s+(?:licensed\s+|professional\s+|private\s+|personal\s+|trained\s+|uniformed\s+)?chauffeur\s+(?:takes\s+the\s+wheel|drives|will\s+drive)|(?:i|we)\s+drove\s+\d)\b"
)
ZH_OTHER_DOMAIN = _LazyRegex(
    r"飞机|航空|客机|航班(?!延误|落地|动态|信息|号)|飞行员|飞行(?!模式)|无人机|船舶|轮船|游艇|帆船|舰船|舰艇|军舰|扫地机|机器人(?!司机)|割草机|叉车|仓库|港口|港区|码头|集卡|矿区|矿山|洗车|摆渡车|动车组|列控|ctcs|赛车游戏|手游|新赛季|玩家|刷金币|挂机|自动续保|自动扣款|自动缴费|腿在跑|配速|动画|动漫|机甲|流水线|炒股|跟单|量化|飞控|悬停|行车记录仪|飞船|星际|科幻|小火车|专用轨道|农机|拖拉机|"
    r"火箭|卫星|自动驾驶仪|方程式|超算|超级计算机|气象预报|天气预报|减肥|健身|球队|球员|门将|上半场|下半场|赛后|电饭煲|电饭锅|洗衣机|烤箱|空气炸锅|洗碗机|收件箱|生涯模式|ai队友|圈数|(?<!不再只是)(?<!不只是)(?<!不再是)(?<!不仅是)小说(?:主角|里|中|描写)|杂志|畅想|(?<!不再只是)(?<!不只是)(?<!不再是)(?<!不仅是)电影(?:里|中)|ai纪要|剧中|历史上|上世纪|游戏里|游戏中|电子游戏|吸尘器|物流园|园区接驳|(?<!不坐)(?<!不挤)(?<!不用坐)(?<!不用挤)(?<!告别)(?<!不再坐)(?<!不再挤)地铁(?![我你]?都不(?:坐|挤|用)|[我你]?也?不(?:坐|挤)了)|列车|玩具|扫雪车|跑道|《[^》]{0,10}(?:自动驾驶|无人驾驶)[^》]{0,10}》|写(?:歌|词|代码|作业|稿)[^，。！？]{0,6}(?:自动驾驶|无人驾驶)|(?:人生|生活)['“\"]?(?:自动驾驶|无人驾驶)|积木(?:新品|套装|系列|玩具)|拼装模型|(?:公交车|巴士|汽车|卡车)模型|游戏《[^》]{1,20}》|高尔夫球车|邮箱|理财|基金|编程|代码|"
    r"打印机|3d打印|耳机(?!里|中)|蓝牙电话|蓝牙通话|接听电话|免提|hands-free\s*(?:电话|通话)|(?:无人|自动|智能)(?:驾驶)?(?:快递|配送)车|(?:快递|配送)(?:机器人|小车)|游戏设置|游戏里|虚拟赛车|高铁|(?:机场|行李)牵引车|机坪|行李车|"
    r"捷运|轨道交通|goa4|智能音箱(?![^。！？]*(?:把车|车辆|车子|爱车|召唤|挪车|泊车))|语音控制|语音助手(?![^。！？]*(?:把车|车辆|车子|爱车|召唤|挪车|泊车|代驾|开车|送您|送你))|做家务|冰箱|马桶|班车|收割机|尾门|后备箱盖|"
    # farm work, and a chore put on autopilot: 采购我已经调成自动驾驶模式了，每月自动补货
    # (a chore counts only as what is automated: 自动补货, 定投开了自动驾驶; not 路上还能对账, which the driver does)
    r"喂料|饲养员|大棚|农田|政务服务|(?:补货|记账|对账|存钱|定投)[^，。！？,]{0,6}(?:自动|自动驾驶|无人驾驶)|(?:自动|自动驾驶|无人驾驶)[^，。！？,]{0,8}(?:补货|记账|对账|存钱|定投)|"
    # a workplace's safety record: 连续1200天零事故
    r"连续\d+天(?:安全生产|安全)?(?:零事故|无事故)|安全生产|工厂|厂区|车间|(?:电动|智能|自动|无人驾驶)轮椅|轮椅(?:的(?:智能|自动)|自己|自动|智能)|婴儿车|购物车|"
    r"自动舵|船长|客舱|宠物模式|报销|审批流|财务制度|救生艇|冲锋舟|艇长|穿越机|fpv|(?:手持|三轴)云台|自动跟焦|机器狗|插秧机|植保机|播种机|绘本《(?<!联名绘本《)(?<!定制绘本《)|小说节选|童话|科幻小说|"
    # toys, models and class kits: 儿童电动车的自动驾驶模式; 车模; 体验舱; 教具里的autopilot模块 (not 儿童车载座椅,
    # 跟车模式 or 赛车模拟器)
    r"儿童电动车|电动童车|童车(?!载)|卡丁车|(?<![赛跟开])车模(?![式拟])|模型车|体验舱|教具|手工作业|手工课|纸盒|桌面小车|arduino|遥控(?:器|小车)|"
    # a dish, a person's state of mind, a shot on a tow rig: 一道名为“自动驾驶”的甜点; 车手进入了自动驾驶状态（心流）
    r"甜点|分子料理|上菜|心流|职业生涯|拖车(?:上|拍摄|拍)|缆车|索道|(?:由前车|用拖车)牵引|"
    # a share price or a business "on autopilot": 这票开启'自动驾驶'模式了; 做生意像开了自动驾驶
    r"(?:这票|股票|股价|生意|订单|回复|客服|邮件)[^，。！？]{0,6}(?:开启|开了|进入|像开了|像是开了)['“\"]?(?:自动驾驶|无人驾驶)|"
    r"连续[一二三四五六七八九十两\d]+个?赛季(?:零事故|无事故)|"
    # (a record of years without accidents is another domain's only in a sentence that names no driving
    # system: 月子中心连续五年零事故, not 连续三年零事故，这就是灵犀辅助驾驶的底气)
    r"(?:^|[。！？])(?![^。！？]*(?:辅助|驾驶|领航|智驾|noa|nop|泊车|系统))[^。！？]*?连续[一二三四五六七八九十两\d]+个?(?:年|天|个月)(?:零事故|无事故)|安保|开了\d+年(?:公交|出租|货车|大巴)|"
    # riding a driverless shuttle or bus as a passenger: 坐园区里的无人小巴，因为我只是乘客
    r"无人(?:小巴|巴士|公交|接驳车?)|只是(?:个|一名)?乘客|作为乘客|"
    # a trial on a fixed route with a safety officer in each vehicle, a person's state of mind, voice
    # order-taking: 沿固定巡逻道往返; 每车配安全员; 人就进入“自动驾驶”状态; 语音接单
    r"固定(?:的)?(?:巡逻|运输)?(?:路线|线路|巡逻道)|指定(?:的)?(?:物流)?专线|每车(?:都)?配(?:备|有)?安全员|[“‘'\"](?:自动驾驶|无人驾驶)[”’'\"]?状态|"
    r"语音(?:接单|下单|抢单)|"
    # an office, a schedule or a back end "on autopilot": 财务系统实现全流程“自动驾驶”; 周末开启“自动驾驶”模式
    r"(?:工资|薪资|钱包|账户|存款|理财|收益)[^，。！？车]{0,4}[“‘'\"]?自动驾驶[”’'\"]?(?:中|模式)|"
    r"(?:财务|审批|办公|对账|结算|工单|后台|全流程|流程|周末|日程|假期|钱包|账户|站群|报名|投放|外链|排班|库存|hr|人事|工资|薪资|社保)[^，。！？车]{0,10}?(?:实现了?|开启了?|进入了?|开了|处于|做成|变成|像|开)[^，。！？]{0,4}?[“‘'\"]?(?:自动驾驶|无人驾驶)|"
    # a game named as a simulator: 《搬家模拟器》; a hydraulic jack that frees the hands
    r"《[^》]{0,10}模拟器》|千斤顶|炒菜机|料理机|破壁机|电动牙刷|空气净化器|(?:空调|牙刷|净化器)[“‘'\"]?(?:也有)?[“‘'\"]?(?:自动驾驶|无人驾驶)|无感支付|元宇宙(?:里|中)的?(?:那台|这台|那辆|这辆)?车|游戏设定|《[^》]{1,20}》(?:里|中)的?(?:那台|这台|那辆|这辆)?车|主题(?:奶茶|饮品|套餐|咖啡)|npc(?:车辆|角色)|(?:虚构|游戏)道具|《[^》]{0,10}(?:零事故|零伤亡|解放双手|无需接管)[^》]{0,10}》|"
    # a sim rig's wheel weights, a stunt driver's shot, a CRM on "autopilot"
    r"模拟器(?:方向盘|底座|座舱)|游戏底座|力反馈|特技驾驶|(?<![a-z])(?:crm|erp)(?![a-z])|"
    # 人生像开了自动驾驶: a figure of speech about life, work or study
    r"(?:人生|生活|日子|事业|职场|学业|感情|婚姻|上班|工作|写作|妆面|妆容|护肤|皮肤)(?:时|的时候)?(?:就|简直|仿佛|别|不要)?(?:像|好像|如同|宛如|仿佛|犹如|开启|进入|开了)"
)


OTHER_DOMAIN_REACH = 60  # characters either side of the match
# A fragment this short (a bullet, a button, a table cell, a poster line) takes its domain from the
# lines around it: "Tractor guidance kit / • Hands-free headland turns", "脚一扫，尾门自己开。/ 真正解放双手。"
FRAGMENT_CHARS = {"en": 32, "zh": 12}

# Another domain brought to the car is a claim about the car: "like a jet on autopilot, the Corvane
# cruises the motorway", "cockpit-grade autopilot, now for your daily drive", 港口的无人驾驶技术下放到
# 你的家用车上, 飞行员巡航时可以喝杯咖啡，开鲲鹏ES的你也可以. Not "unlike a plane" or 不像飞机.
EN_CARRIED_OVER = _LazyRegex(
    r"\b(?:now|finally|at last)\b[^.;!?]{0,40}?\b(?:for|in|on|to)\s+(?:your|every)\s+(?:own\s+)?"
    r"(?:cars?|daily drive|commute|driveway|garage|roads?|motorway|highway)\b"
    r"|\b(?:cockpit|aircraft|aviation|airliner|jet|pilot|aerospace)-(?:grade|style|class|level|inspired|derived)\b"
    r"|(?<!un)\blike (?:a|an|the) (?:[\w'-]+ )?(?:jets?|planes?|aircraft|airliners?|ships?|yachts?|boats?|pilots?)\b[^.;!?]{0,40}?,"
    r"[^.;!?]*\b(?:motorway|highway|freeway|commute|roads?|traffic|lanes?)\b"
    # a game's car set beside the real one: "just like the in-game version, the real Halvik S…"
    r"|\b(?:just\s+)?like\s+(?:in[- ]game|the\s+in[- ]game\s+[\w-]+|in\s+the\s+game)\b[^.;!?]{0,40}?\b(?:the\s+real|in\s+real\s+life|irl)\b"
    # an aircraft, a boat or a drone as the picture of the car on the road: "Hands-free on the highway,
    # like cruising at 35,000 ft", "AFK at 70 mph, like leaving the flight sim on autopilot", "the
    # Halberd pilots itself, just like the UAVs they build", "fully automated like the trains between
    # terminals, except it's your own SUV", "it's effectively Level 3, same as a plane at cruise"
    r"|^(?!.*\b(?:needs?\s+(?:a\s+pilot|you)|watching\s+it|supervis\w+|hands\s+on|eyes\s+on)\b)(?=.*\b(?:motorways?|highways?|freeways?|commutes?|roads?|traffic|lanes?|mph|km/h|suvs?|cars?|sedans?|driveways?|i-\d+)\b)"
    r".*?(?<!un)\blike\s+(?:(?:a|an|the|my|your|their|its|our)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:jets?|planes?|airliners?|aircraft|uavs?|drones?|boats?|ships?|yachts?|sailboats?|trains?|sims?|navy|airplanes?)\b"
    r"|^(?=.*\b(?:motorways?|highways?|freeways?|commutes?|roads?|traffic|mph|km/h|suvs?|cars?)\b).*?(?<!un)\blike\s+(?:cruising|flying|sailing|leaving)\b"
    r"|\bthe\s+way\s+(?:an?|the)\s+(?:airliner|plane|jet|pilot|captain|ship|boat|officer)s?\b|\bexcept\s+(?:it['’]?s|it\s+is)\s+your\s+(?:own\s+)?(?:car|suv|sedan|van|truck|ride)\b"
    r"|\bsame\s+as\s+(?:a|an)\s+(?:plane|jet|airliner|aircraft)\b|\bpilots?\s+(?:it|him|her)self\b|\bexcept\s+(?:this|it)(?:['’]s|\s+is)\s+(?:my|your|our)\b"
    r"|\b(?:born|derived|developed)\s+(?:in|from)\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:programs?|programmes?|division|labs?)\b"
    r"|\bboth\s+(?:drive|park|steer)\s+themselves\b|\bjust\s+like\s+the\s+real\s+(?:thing|car|one)\b"
    r"|\bthe\s+real\s+(?:one|car|thing)\s+(?:can|will|does|handles?|drives?)\b"
    # the other domain's ability handed to the car: "Level 4 autonomy isn't just for vacuums anymore",
    # "brings it to your driveway", "every bit as capable", "as independent as your robot mower"
    r"|\bisn['’]t\s+just\s+for\s+[\w\s-]{1,20}?\s+any\s*more\b|\bbrings?\s+it\s+to\s+your\s+(?:driveway|car|garage|commute|drive|road)\b"
    r"|\b(?:every\s+bit|just)\s+as\s+(?:capable|clever|smart|autonomous|independent)\b|\bas\s+(?:independent|autonomous|self-sufficient|capable|clever|smart)\s+as\s+(?:your|a|an|the)\b"
    r"|\blike\s+[^.;!?]{0,30}?\bin\s+(?:my|the|a|your)\s+(?:[\w-]+\s+)?game\b[^.;!?]{0,40}?\b(?:the\s+real|in\s+real\s+life|irl)\b"
)
ZH_CARRIED_OVER = _LazyRegex(
    r"(?:下放|移植|搬|装|带|引入)(?:到|进|上)了?[^，。！？]{0,10}车|用(?:到|进)了?[^，。！？]{0,10}车|量产下放|"
    r"(?:你|您)的(?:车|爱车|轿车|座驾|家用车|新车)[^，。！？]{0,4}(?:也|为什么|怎么|还)|"
    # a real-life version, our own production car: 现实版遥控车; 港口集卡能做到的，我们的量产车也能做到
    r"现实版|真车|同款|比坐(?:高铁|飞机|地铁|动车)还|(?:我们|咱们)的(?:量产车|家用车|私家车|新车|车)[^，。！？]{0,4}也(?:能|可以|行)|"
    r"(?:开|驾驶)[^，。！？]{1,10}的(?:你|您)也(?:可以|能|行)|"
    r"(?<![不])(?:像|如同|好比|跟|和)[^，。！？]{0,14}(?:飞机|客机|航班|飞行员|机长|自动驾驶仪|轮船|船长|游艇|帆船|无人机|无人艇|战车|高铁|动车|地铁|客舱|头等舱|机舱|扫地机|割草机|洗碗机|洗衣机|机器人|电梯|科幻|电影|大片|影片)[^，。！？]{0,16}(?:一样|那样|般|似的|一个感觉|一个逻辑|一个道理|一回事)|"
    # a household machine as the picture of the car: 扫地机都会自己跑了，交给岚途吧; 装在车上的扫地机; 用扫地机的思路理解岚途;
    # 比扫地机芯片高几百倍
    r"(?:扫地机|割草机|洗碗机|洗衣机|机器人)[^。！？]{0,12}?(?:都|已经)(?:会|能|是)[^。！？]{0,10}[，,][^。！？]{0,12}?(?:车|交给)|(?:装在车上|车上|路上)的(?:扫地机|割草机|机器人)|"
    r"(?:扫地机|割草机|洗碗机|洗衣机|机器人)[^，。！？]{0,6}的?(?:思路|逻辑|原理|道理)|比[^，。！？]{0,8}(?:扫地机|割草机|洗碗机|机器人)[^，。！？]{0,6}(?:高|强|稳|灵|聪明|懂事|还)|"
    r"(?:如同|宛如|犹如)[^，。！？]{0,6}(?:飞行|航行|巡航)|(?:你|您)的(?:私人|专属)?(?:飞行员|机长|船长|舵手)|"
    # an aircraft's or a weapon's grade, standard or idea in the car: 航空级全场景自动驾驶系统; 地面上的自动驾驶仪;
    # 头等舱般的无人驾驶体验; 用客机的理念造车; 按无人战车标准开发; 安全性媲美民航客机; 比我飞机上的还省心;
    # 无人艇能按航线自己跑，长缨SUV设好导航也能自己跑到目的地
    r"(?:航空|飞控|军工|军规|战斗机|客机|舰载|民航|航天)级|地面上的|(?:头等舱|客舱|机舱)般|(?:理念|标准|技术|基因)(?:来)?(?:造车|开发|打造|设计)|媲美[^，。！？]{0,6}(?:飞机|客机|民航|战机)|"
    r"比[^，。！？]{0,10}(?:飞机|客机|战车|无人机|游艇)[^，。！？]{0,4}还|把车当(?:成)?(?:飞机|战车|坦克)|装进了?(?:每一台|每台|你的)|"
    r"(?:能|可以|会)[^，。！？]{1,12}[，,；;][^。！？]{0,16}?(?:车|suv|它|[a-z]\d)[^。！？]{0,12}?(?:也能|也可以|也会|同样能|同样可以|照样能)|"
    # a club's or an airline's members offered the car: 游艇会会员专享价：高阶智驾版直降3万
    r"(?:游艇会|航空|航司|机场|俱乐部)[^，。！？]{0,4}(?:会员|联名|专享|合作款|贵宾|×)|"
    # a game as the picture of a driving system: 相当于游戏里开了外挂; 比游戏里的辅助瞄准还准; 现实里也有"挂机模式"
    # (not 工厂零事故，安全得像游戏里开了无敌模式: no car in it)
    r"^(?=.*(?:辅助|领航|智驾|驾驶|车(?!间)))(?:.*?(?<![不])(?:像|如同|好比|相当于|仿佛|宛如|跟|和|比|连)(?:是|在)?(?:玩)?游戏(?:里|中)|.*?现实(?:里|中|生活中)?的?[^，。！？]{0,12}(?:也|同样|照样))|"
    # a test drive is of a real car: 玩家福利：试驾星岚S7领航版; game slang for a real drive: 领航一开，挂机到公司
    r"试驾|(?:领航|辅助驾驶|智驾|高速|通勤|上班|开车|上路)[^。！？；不没别无]{0,12}?(?:挂机|托管)|"
    # a film as the picture of the drive: 体验科幻大片般的从容; 像科幻片里那样靠在椅背上; 科幻大片既视感拉满
    r"(?:科幻|电影|大片)片?[^，。！？]{0,3}(?:般的?|既视感)|"
    r"离[^，。！？]{0,6}(?:科幻|电影|大片)[^，。！？]{0,6}(?:只差|就差|不远)|"
    # the driver with the assistance on does the other domain's thing: 开着辅助驾驶我在主驾写完了科幻小说的一章
    r"开着(?<!哪怕开着)(?<!即使开着)(?<!就算开着)(?<!即便开着)(?:辅助驾驶|辅助|领航|智驾|noa|nop)"
)


# "Sunday mornings on autopilot": the idiom, unless the sentence is about driving; paperwork put
# on autopilot stays the idiom even beside a car ("renewing my car insurance on autopilot").
AUTOPILOT_IDIOM = _LazyRegex(r"\bon autopilot\b")
ADMIN_ON_AUTOPILOT = _LazyRegex(
    r"\b(?:renew\w*|pay(?:ing|s)?|bills?|finance|payments?|savings?|insurance|admin|paperwork|direct[- ]debits?|"
    r"subscriptions?|budget\w*|investments?|pensions?|committees?|councils?|boards?|departments?|ministr\w+|government)\b[^.;!?]{0,40}?\bon autopilot\b"
)
DRIVING_WORDS = _LazyRegex(
    r"commut\w*|\bdriv\w*|\btrips?\b|journey|\broads?\b|motorway|highway|\blanes?\b|traffic|\bcars?\b|cruis\w*|\bassists?\b|"
    r"\b(?:utes?|trucks?|suvs?|vans?|pickups?)\b|"
    r"km/h|\bmph\b|\bspeed|\bmiles\b|车|驾驶"
)


def fragment_surroundings(fragment: str, preceding: str, following: str) -> str:
    """A short line (a bullet, a button, a cell) with the text around it, up to the other-domain
    reach on either side, for the domain its neighbours give it; empty for a longer line, which
    stands on its own."""
    limit = FRAGMENT_CHARS["zh" if HAN_RE.search(fragment) else "en"]
    if len(fragment.strip()) > limit:
        return ""
    return preceding[-OTHER_DOMAIN_REACH:] + " " + fragment + " " + following[:OTHER_DOMAIN_REACH]


# A grooming tool is another domain in a sentence about no drive: 卷发棒配免手持支架，吹头卷发解放双手 (not
# 开着辅助驾驶用车载吹风机吹干, 不用盯着路，副驾的化妆镜拉下来就能上妆)
ZH_GROOMING_TOOL = _LazyRegex(r"卷发棒|吹风机|化妆镜|美甲灯|美甲店")
ZH_DRIVING_CUE = _LazyRegex(r"辅助|领航|智驾|开着|路|通勤|方向盘|开车")
# Words for a road vehicle or its road: a sentence without one is about a car only if a match says so.
NAMES_A_ROAD_VEHICLE = _LazyRegex(
    r"\b(?:cars?|suvs?|sedans?|saloons?|hatchbacks?|coupes?|estates?|vehicles?|vans?|trucks?|lorr(?:y|ies)|pickups?|utes?|evs?|"
    r"motorways?|highways?|freeways?|roads?|lanes?|traffic|commutes?|steering|wheel)\b|车|路|方向盘|通勤"
)


def is_other_domain_around(around: str) -> bool:
    """A short line's neighbours name another domain (and do not carry it over to the car)."""
    return bool(around) and is_other_domain(around) and not (EN_CARRIED_OVER.search(around) or ZH_CARRIED_OVER.search(around))


# A Chinese clause that names the car's own assistance: its claim is about the car, whatever the
# other clauses talk about (岚途辅助驾驶开启后不用握方向盘，腾出手来用App遥控家里的扫地机). (Measured and not
# done in English, where a colon or a comma often sets off the domain itself: "Game mode: in
# DriftLegends the AI car drives itself".)
ZH_CLAUSE_MARK = _LazyRegex(r"[，。！？；：,;!?]")
ZH_NAMES_ASSISTANCE = _LazyRegex(r"辅助驾驶|辅助|领航|智驾|noa|nop")


def _zh_claim_clause(sentence: str, start: int, end: int) -> str | None:
    """The Chinese clause around a match when it names the car's assistance, else None."""
    if not HAN_RE.search(sentence, start, end):
        return None
    before = max((m.end() for m in ZH_CLAUSE_MARK.finditer(sentence, 0, start)), default=0)
    after = ZH_CLAUSE_MARK.search(sentence, end)
    clause = sentence[before : after.start() if after else len(sentence)]
    return clause if clause != sentence and ZH_NAMES_ASSISTANCE.search(clause) else None


def is_other_domain(sentence: str, start: int = 0, end: int | None = None) -> bool:
    """Cues of another domain near the match, in either language (copy mixes them): "the plane's
    autopilot", but not "engineers from aircraft programmes built a car that drives itself" when
    the cue is far from the claim; anywhere in a sentence that names no road vehicle. A Chinese
    match in a clause that names the assistance takes its domain from that clause alone."""
    clause = _zh_claim_clause(sentence, start, end) if end is not None else None
    end = len(sentence) if end is None else end
    near = clause if clause is not None else sentence[max(0, start - OTHER_DOMAIN_REACH) : end + OTHER_DOMAIN_REACH]
    if AUTOPILOT_IDIOM.search(sentence) and (not DRIVING_WORDS.search(sentence) or ADMIN_ON_AUTOPILOT.search(sentence)):
        return True
    if is_human_driven(sentence):
        return True
    # (a sentence that names no road vehicle is about its other domain however far the cue: "QuikBite
    # drones now fly your burrito straight to the back garden, fully autonomous")
    names_other_domain = bool(EN_OTHER_DOMAIN.search(near) or ZH_OTHER_DOMAIN.search(near)) or (
        near != sentence and not NAMES_A_ROAD_VEHICLE.search(sentence)
        and bool(EN_OTHER_DOMAIN.search(sentence) or ZH_OTHER_DOMAIN.search(sentence))
    ) or (bool(ZH_GROOMING_TOOL.search(near)) and not ZH_DRIVING_CUE.search(sentence))
    # asked only of the few sentences with a cue: the similes are long patterns
    return names_other_domain and not (EN_CARRIED_OVER.search(sentence) or ZH_CARRIED_OVER.search(sentence))


# --- a person drives ------------------------------------------------------------------------------

# A taxi, shuttle or company bus driven by a person: its passengers may sleep (坐出租车时由司机开车，您可以闭目养神;
# 班车由专职司机驾驶，员工可以补觉). Not "它就像你的专职司机": the driver must be said to drive.
ZH_HUMAN_DRIVER = _LazyRegex(
    r"由(?:专职|专业|职业|持证|随车|真人)(?:司机|驾驶员|驾驶人|驾驶|师傅)(?:来|亲自)?(?:开车|驾驶|负责|开|掌舵)|"
    r"由(?:司机|师傅|代驾)(?:师傅)?(?:来|亲自)?(?:开车|驾驶|开)|(?:有|配)(?<!不有)(?<!无需有)(?<!不用有)(?<!不必有)(?<!不再有)(?<!不配)(?<!无需配)(?<!不用配)(?<!不必配)(?<!不再配)(?:有|备)?(?:专职|专业|随车)(?:司机|驾驶员)|持证司机|(?:司机|驾驶员)轮(?:班|流|换)(?:驾驶|开)|轮(?:班|换)驾驶|(?:特技|专业|赛车)车手|由[^，。！？]{0,6}(?:车手|司机)驾驶|"
    # a hired driver, a passenger resting: 叫个代驾，让司机把你和车一起送回家; 副驾乘客可以完全放松
    r"(?<!不必)(?<!不用)(?<!无需)(?<!不需要)(?<!别)(?<!省去)(?<!免去)(?<!告别)(?<!不再)(?<!要不要)(?<!用不用)(?<!需不需要)(?:叫|找|请)(?:个|一个|位|一位)?代驾|让(?:代驾|司机|师傅)(?:把|送|载|开)|(?:副驾|后排)(?:的)?乘客(?:可以|能|就能|也能)?(?:完全|尽情|安心)?(?:放松|休息|睡|小憩|躺)|"
    r"(?:司机|代驾)师傅(?:会|将|负责)?(?:把车|把您|把你|送您|送你|载您|载你|开车)|"
    # a valet or a chauffeur parks or drives: 人工代泊，由我们的司机替你停; 司机开车，老板睡觉
    r"人工代泊|代泊员|泊车员|门童(?=[^，。！？]{0,6}(?:代客泊车|泊车|停车|代泊|开车|挪车))|由(?:我们的|专业的?)?(?:司机|代泊员|泊车员)(?:替|帮|为)?(?:你|您)?(?:停|驾驶|开)|(?:^|[，。！？\s])(?:司机|专职司机|司机师傅)(?:负责)?(?:开车|驾驶)[，,；;]|"
    # a partner or friend at the wheel: 老公开车，我负责拍照
    r"(?:老公|老婆|我爸|我妈|你爸|你妈|爸爸|妈妈|男朋友|女朋友|男友|女友|朋友|同事)(?:在|负责)?开车?(?!时|的时候|也|都)[，,；;。！!]|"
    r"(?:专业|专职|持证)(?:驾驶员|司机)(?:驾驶|开车)|(?:老板|客户|领导|孩子|老婆|老公|家人|客人)[^，。]{0,6}后排[^，。]{0,3}我(?:在)?开车(?:[，,。；！]|$)|"
    # someone else drove: 全程是我爸开的
    r"(?:是|由)(?:我爸|我妈|爸爸|妈妈|老爸|老妈|老公|老婆|司机|师傅|朋友|同事|家人|代驾)(?:在)?开(?:的|车)|"
    # a relative who takes a turn at the wheel: 过年回家他能替我开一段
    r"(?:我爸|我妈|爸爸|妈妈|老爸|老妈|老公|老婆|他|她|朋友|同事|哥|姐|弟|妹)(?:能|会|可以)?(?:替|帮)我开|"
    # the person in the driver's seat drives: 副驾的来宾在喝咖啡，主驾的试驾专员在认真开车
    r"(?:主驾|驾驶位|驾驶座)(?:上)?的?[^，。！？]{0,6}(?:在|正在)(?:认真|专心|亲自)?开车|"
    # a crew's driver, an assistant at the wheel, staff who park: 由节目组司机送往; 开车的是他的助理; 代客泊车由专人负责
    r"由[^，。！？]{0,6}(?:司机|师傅|代驾)(?:送|接|载)|开车的(?:人)?(?:其实|竟然|居然)?是(?:他|她|我|你|他们)?的?(?:助理|司机|师傅|朋友|老公|老婆|老爸|老妈|爸爸|妈妈|同事|代驾|保镖|经纪人|哥|姐|弟|妹|儿子|女儿)|由专人(?:负责|驾驶|开|停)|"
    r"(?:^|[“\"「：:，,\s])我开[，,、]\s*(?:你|您)|"
    r"(?:出租车|的士|网约车|班车|接驳车|通勤车|大巴|客车|公交车?|校车|专车|礼宾车)(?:的|上的|由)?(?:专职|专业|职业)?(?:司机|驾驶员|师傅)"
    r"(?:开车|驾驶(?!辅助)|负责|开(?!启|着|了|通)|掌舵)"
)


@_per_sentence
def is_human_driven(sentence: str) -> bool:
    """A person, not the assistance system, drives the vehicle the sentence is about, in either
    language. It is part of `other-domain`, and also an exception of its own (`human-driver`) for
    rules whose matches other-domain cues (代码, 耳机) must not clear."""
    return bool(EN_HUMAN_DRIVER.search(sentence) or ZH_HUMAN_DRIVER.search(sentence))


# --- a question answered "no" -------------------------------------------------------------------

QUESTION_END = _LazyRegex(r"[?？][\"'”’」)]*$")
# "No" as an answer, not "no need", "no problem", "no hands" (which grant the claim)
_NO_WORD = r"no\b(?!\s+(?:need|more|problem|problems|worries|worry|sweat|stress|hands|doubt|question)\b)"
NO_ANSWER = _LazyRegex(
    r"^[\W_]*(?:(?:(?:the|my|his|her|their|our|a)\s+)?(?:\w+\s+)?answer\s+(?:(?:from|of|by)\s+[^.;!?]{1,50}?\s+)?(?:is|was)\s+(?=no\b)|答案(?:是|很明确|很简单)[:：，,]?\s*(?:绝对|当然|肯定|显然)?(?=不|否|没)|"
    # an answer led in: 今天我们就说清楚——不能; 我们的回答是不能; 实话说不是
    r"(?:(?:我|我们|咱)(?:就)?(?=直说|实话|老实|坦白))?(?:实话说|说实话|实话实说|老实说|老实讲|坦白说|坦白讲|直说吧?|(?:今天)?(?:我们)?(?:就)?(?:说清楚|讲清楚|说明白|讲明白)|(?:我们|我)的回答(?:是|很明确)?)[\W_]*(?=不|否|没|并不|并非)|"
    r"(?:a|answer|(?:the\s+)?short answer|答|答案|正确答案|参考答案|回答|回复|我的回答(?:是|很明确)?|my answer|our answer|the answer|"
    # a script's speaker in capitals, or "I say no": "ENGINEER: No."; "I say no, it drives ME"
    r"(?:engineer|host|presenter|expert|salesman|salesperson|dealer|mechanic|instructor|mum|mom|dad|son|daughter|brand|support|agent|rep)|"
    # a speaker's label before the answer: 车主：不能; 工程师直言：「系统不是让你看手机的。」
    r"(?:车主|销售|客服|店员|主播|工程师|技术员|官方|厂家|售后|顾问|嘉宾|记者|主持人|专家|发言人|负责人|"
    r"[\u4e00-\u9fff]{0,3}(?:总|总监|经理|工程师|负责人|发言人|专家))[\u4e00-\u9fff]{0,4}?(?:直言|表示|回答|回复|答复|说)?|"
    r"[\u4e00-\u9fff]{1,6}?(?:答|回答|回复|答复)[\u4e00-\u9fff]{0,5})\s*(?:is\s*)?[:：][\W_]*)?(?:当然|肯定|绝对|那当然)?"
    # the answer's subject first: 「系统不是让你看手机的」, 它不能
    r"(?:(?:系统|它|这车|车子?|这套系统?)(?:并|根本|真的|可)?(?=不|没|并))?(?:目前|现在|暂时|眼下|在可预见的(?:时间|未来)(?:里|内)?)?"
    rf"(?:{_NO_WORD}|nope\b|nah\b|not\b|never\b|absolutely not|不|否|并不|并非|没有|false\b|incorrect\b|错误|×|"
    # "Don't believe it", 别信 / 别当真: the answer refutes the question's claim
    r"(?:don't|do not)\s+(?:believe|buy|fall for)\b|(?:属于|是|这是)(?:危险|违法|违规)(?:的)?(?:行为|驾驶)|千万别|没(?=这个|这种|那个|此)|别信|别当真|千万别信|别(?=[，,。！!、])|想都别想|没门|想多了|想太多|那是(?:夸大|吹|谣言|误导|假的)|别做梦|做梦|别太抬举|唔得|唔可以|唔系|唔係|唔识|唔會|唔会|"
    # 我直接说不行; 主播回答：开车时一律不行
    # a script's instruction: 被问到能不能脱手，统一回答“不能…”; 有客户问能不能睡觉，就说“不能”
    r"(?:我|主播|销售|客服|店员)?(?:一般|通常|都|总是|每次|统一|一律|就)?(?:直接|当场|明确)?(?:说|回答|答复|回复)[:：]?[^，。！？]{0,6}?(?:不行|不能|不可以|不是|没有|不会)|"
    # "Zero takeovers? That's not a promise anyone should make" (not "That's not all")
    r"(?:that|it)(?:'s|\s+is)\s+not\b(?!\s+(?:all|just|only|everything|the only))|no way\b|not a chance\b|"
    r"(?:it|they|he|she|this car|the car)\s+(?:does|do|is|can|will)(?:n't|\s+not)\b"
    # "A: You shouldn't at all", "You mustn't."
    r"|(?:you|i|we|drivers?)\s+(?:(?:should|must|may|can|could)(?:n't|\s*not)|can't)\b(?!\s+only)"
    # 答：国家标准里没有这种级别 — the standard has no such thing.
    r"|(?:国家标准|国标|标准|gb/t ?40429|法规|官方)(?:里|中|上)?(?:并|根本)?(?:没有|不存在|无此)"
    # "Level 2+? There's no such level."; "Safer than a human? A: We don't make that claim."
    r"|there(?:'s|\s+is)\s+no\s+(?:such|official|real|standard)\b|(?:we|i)\s+(?:don't|do\s+not|never|won't|will\s+not)\s+(?:make|claim)\b"
    # "Which cars can drive themselves? None that you can buy."
    r"|none\b(?!\s+of\s+(?:the\s+)?(?:hassle|stress|worry|effort))|i\s+wish\b|(?:i|we)\s+(?:say|said|tell\s+them|told\s+them|answer|answered)\s+no\b)"
)
# A quiz statement marked false by the answer after it: "True or false? You may take both hands
# off. | Answer: FALSE, hands stay on."; 答案：错误.
QUIZ_SAYS_FALSE = _LazyRegex(r"^[\W_]*(?:(?:the\s+)?(?:correct\s+)?answer|答案|正确答案|参考答案)\s*(?:is\s*)?[:：]?\s*(?:false\b|incorrect\b|错误|错|×|不正确|不对)", re.IGNORECASE)
_STATEMENT_END = _LazyRegex(r"[.!。！]\s*")
# "people keep asking if it drives itself." — an indirect question, answered in the next sentence.
INDIRECT_QUESTION = _LazyRegex(r"\bask(?:s|ed|ing)?\s+(?:me\s+)?(?:if|whether)\b|\bwonder(?:s|ed|ing)?\s+(?:if|whether)\b|问.{0,12}(?:能不能|是否|是不是|会不会|可不可以|吗)")


# Where a question ends and its answer starts. A dash counts after an indirect question only:
# "someone asked if it drives itself — no, it's driver assistance".
_END_MARK = _LazyRegex(r"[?？.!。！]|\s[—–]\s")
# (an A-not-A question of any verb counts: 算不算准L4, 会不会自己开)
ZH_QUESTION_IN_CLAUSE = _LazyRegex(r"可不可以|可以不可以|([\u4e00-\u9fff])[不唔]\1|能否|可否|是否|吗$|么$")


# A spec cell or label answered no right after the term ("Hands-free: No", "脱手 | 不支持"), and a
# term denied by the words after it ("s.e.l.f-driving it is not").
CELL_SAYS_NO = _LazyRegex(
    r"[\"'”’]?\s*(?:[:：|]\s*(?:no|none|not available|n/a|无|否|不支持|不可用|没有)(?![\w])"
    r"(?!\s+(?:need|more|problem|problems|worries|worry|stress|hands|limits?|takeovers?|interventions?|nag\w*)\b)|(?:it|this|that)\s+(?:is|was)\s*n[o']t\b|it\s+isn't\b"
    # "driverless people carriers don't exist yet"
    r"|(?:\s+[\w-]+){0,3}\s+(?:don't|do\s+not|doesn't|does\s+not)\s+exist\b)"
)


def is_answered_no(sentence: str, following: str, end: int | None = None) -> bool:
    """FAQ style: "Does it drive itself? No — …" / "能脱手吗？不能。", and inside one sentence,
    a question clause answered no in the next clause: "能不能脱手，不能啊"; a spec cell that
    says no ("Hands-free: No")."""
    if end is not None and CELL_SAYS_NO.match(sentence, end):
        return True
    if QUIZ_SAYS_FALSE.match(following):
        return True
    # the answer run on into the statement's own sentence: "…可以利用拥堵时间补妆。答案：错误。"
    close = _STATEMENT_END.search(sentence, end or 0)
    if close and QUIZ_SAYS_FALSE.match(sentence[close.end():]):
        return True
    if (QUESTION_END.search(sentence) or INDIRECT_QUESTION.search(sentence)) and NO_ANSWER.search(following):
        return True
    if end is not None:
        # a question joined with its answer as one sentence: "Hands-free? No." / "…asking if it
        # drives itself. It does not."
        # (a question mark may close a longer question: "Is it safe to nap in a traffic jam with the
        # assist on? Absolutely not.")
        mark = _END_MARK.search(sentence, end)
        words_to_mark = sentence.count(" ", end, mark.start()) if mark else 0
        if mark and words_to_mark <= (12 if mark.group() in ("?", "？") else 6) and NO_ANSWER.search(sentence[mark.end():]):
            if mark.group() in ("?", "？") or INDIRECT_QUESTION.search(sentence, 0, mark.start()):
                return True
    if end is None:
        return False
    # an indirect question answered in its next clause: "If a buyer asks whether it can drive
    # itself, the correct answer is no"
    answer_start = min((i for i in (sentence.find(c, end) for c in ",;:，；：") if i != -1), default=-1)
    if answer_start != -1 and INDIRECT_QUESTION.search(sentence, 0, end) and NO_ANSWER.search(sentence[answer_start + 1 :]):
        return True
    clause_end = min((i for i in (sentence.find(c, end) for c in "，,") if i != -1), default=-1)
    if clause_end == -1:
        return False
    clause_start = max(sentence.rfind(c, 0, end) for c in "，,。") + 1
    clause = sentence[clause_start:clause_end]
    return bool(ZH_QUESTION_IN_CLAUSE.search(clause)) and bool(NO_ANSWER.search(sentence[clause_end + 1 :]))


# Someone's claim reported, then refuted by the next sentence: "The dealer told me I could nap on
# the motorway. | He was wrong.", "My neighbour swears it is self-driving. | HOST: It isn't."
REPORT_VERB = _LazyRegex(
    r"\b(?:said|says|claimed|claims|swears|swore|insists|insisted|reckons|told (?:me|us|him|her|them)|wrote|commented|posted)\b"
    r"|\b(?:people|they|everyone|everybody|fans|viewers|folks)\s+(?:think|thinks|thought|assume|assumes|assumed)\b"
    # a wish, a picture or a temptation the next sentence refuses: "Some owners wish it let them look
    # away. It doesn't."; "Imagine a car that drives itself. Now put that idea aside"; "If this were a
    # self-driving car, you could sleep. It isn't."; "you may be tempted to let go. Don't."
    r"|\b(?:wish|wishes|wished|imagine|tempted\s+to)\b|\bif\s+(?:this|it|cars?|the\s+car)\s+(?:were|really)\b"
    # a joke the next sentence takes back: "April Fools from the club: 'our cars now drive themselves'. Obviously not."
    r"|\bapril[\s-]+fool\w*|\bjok(?:e|es|ing)\b|\bprank\w*|愚人节|玩笑"
    r"|(?:说|称|声称|号称|宣称|表示)"
)
_HAS_WORD = _LazyRegex(r"[^\W_]")
# The next sentence takes the claim back as a joke and says it is false: "…drives you to your in-laws by
# itself. | Kidding, it doesn't, it's Level 2."; 开玩笑的，它不会自己开。 (Not "Kidding aside, it really does.")
TAKEN_BACK = _LazyRegex(
    r"^[\W_]*(?:(?:just\s+)?(?:kidding|joking)|jk|april\s+fools?)\b(?!\s+aside)[\W_]*"
    r"(?:(?:it|they|this\s+car|the\s+car)\s+(?:does|do|is|are|can|will)(?:n't|n’t|\s+not)\b|(?:it|they)\s+can(?:no|['’])t\b|(?:of\s+course\s+)?not\b|no\b"
    # "Kidding, it's Level 2, my hands never leave the wheel."
    r"|(?:it|this|that)(?:['’]s|\s+is)\s+(?:just\s+|only\s+)?(?:level\s*2|l2|lane\s+keeping|an?\s+assist\w*|driver\s+assist\w*)\b)"
    r"|^[\W_]*(?:开(?:个|了个)?玩笑(?:的|啦|呢)?|愚人节快乐)[\W_]*(?:它|车|这车)?(?:当然)?(?:不|没|并不|(?:只是|就是个?|是)\s*(?:l2|辅助|组合驾驶辅助|驾驶辅助))",
    re.IGNORECASE,
)
REFUTATION = _LazyRegex(
    r"^[\W_]*(?:\w{2,12}(?:\s\w{2,12}){0,2}\s*[:：][\W_]*)?"
    # the brand's own answer: "…and the brand replied: 'It doesn't, please keep supervising.'"
    r"(?:(?:and\s+)?(?:the\s+)?(?:brand|company|maker|dealer|seller|team|account|official\s+account)\s+(?:replied|responded|answered|wrote\s+back|said)\s*[:：,]?[\W_]*)?"
    r"(?:(?:he|she|they|it|that|this)\s+(?:was|were|is|are)\s+(?:wrong|lying|mistaken)"
    r"|(?:obviously|of\s+course|clearly|sadly)\s+not\b|that(?:'s|\s+is)\s+(?:not true|false|wrong|a myth)|(?:it|they|he|she|this car|the car)\s+(?:does|do|is|are|can|will)(?:n't|\s+not)\b|(?:it|they|he|she)\s+can(?:no|['’])t\b"
    r"|(?:这|那)(?:是|纯属)?(?:假的|谣言|错的|不对的)|(?:并|根本)?不是(?:这样|真的)"
    r"|(?:now\s+)?put\s+(?:that|the|this)\s+(?:idea|thought|picture)\s+aside|this\s+one\s+(?:needs|does\s*n[o']t|is\s*n[o']t)\b"
    r"|(?:(?:i|we)\s+)?(?:don't|do\s+not|never)(?:\s+do\s+it)?\s*[.!]|(?:ha|haha|lol|well|nope|sadly)?,?\s*not\s+(?:this|that|our|my)\s+one\b)",
    re.IGNORECASE,
)


# A negative quantifier as the subject: "No car sold today, ours included, is self-driving",
# 没有任何一套L2系统能让你在高速上睡觉 — the claim is denied of every car, however far the verb.
# (Not "No other car drives itself like ours": that claims it of ours.)
NEGATIVE_SUBJECT = _LazyRegex(
    r"\bno\s+(?!other\b|more\b|need\b)(?:[\w-]+\s+){0,2}?(?:cars?|vehicles?|systems?|models?|assist\w*|feature|features)\b"
    r"(?![^.;!?]*\b(?:like|than|quite like|as well as)\b)[^.;!?]{0,60}?\b(?:is|are|can|could|will|does|do|offers?|lets?)\b"
    r"|没有(?:任何)?(?:一款|一套|一辆|一个|哪款|哪套|哪辆)?[^。，,]{0,12}?(?:系统|车|车型|功能)[^。]{0,6}?(?:能|可以|是|敢|会)"
    # "No over-the-air update will make it self-driving", "no amount of software turns it into a chauffeur"
    r"|\bno\s+(?!other\b|more\b)(?:[\w-]+\s+){0,2}?(?:updates?|upgrades?|software|subscriptions?|amount\s+of\s+[\w-]+)\b"
    r"[^.;!?]{0,40}?\b(?:will|can|could|is\s+going\s+to)\s+(?:ever\s+)?(?:make|turn|transform)\b"
    # "none of these methods can show that it handles every situation"
    r"|\bnone\s+of\s+(?:these|the|our|those)\s+(?:methods|tests|results|approaches|studies)\b[^.;!?]{0,40}?\b(?:can|could)\s+(?:show|prove|demonstrate|establish)\b"
    # "Nothing in this brochure implies that the vehicle can drive itself", "nothing in this video is self-driving"
    r"|\bnothing\s+in\s+(?:this|our|the|my)\b[^.;!?]{0,40}?\b(?:implies|suggests|says|means|claims|is|was|are|were|should\s+be\s+(?:read|taken|understood|construed)\s+as)\b"
)


def has_negative_subject(sentence: str, start: int) -> bool:
    """The match's subject is a negative quantifier (no car, 没有任何一套系统) somewhere before it."""
    return bool(NEGATIVE_SUBJECT.search(sentence, 0, start))


# A rhetorical "who says": 谁说开辅助能回微信的？ denies what it asks about, unless what it asks
# about is itself negated: 谁规定驾驶座上的人不能化妆？ and "Who says you can't have breakfast at the
# wheel?" affirm it.
RHETORICAL_WHO = _LazyRegex(r"谁(?:说|讲|告诉(?:你|您)|跟(?:你|您)说|规定)|\bwho\s+(?:says|said|told\s+you)\b")
RHETORICAL_NEGATED = _LazyRegex(r"不|没|别|无法|\b(?:not|never|can't|cannot|couldn't|mustn't|shouldn't|won't|no)\b|n't\b")


def rhetorical_who(sentence: str, start: int, end: int) -> str | None:
    """For a match inside a "who says …?" question: "denies" when nothing in the question negates
    it, "affirms" when something does (the negation is the one denied); else None."""
    if not RHETORICAL_WHO.search(sentence, 0, start):
        return None  # most matches: no "who says" anywhere before them
    clause_start = max(sentence.rfind(mark, 0, start) for mark in "。.!！;；?？") + 1
    question_end = min((i for i in (sentence.find(mark, end) for mark in "?？") if i != -1), default=-1)
    cue = RHETORICAL_WHO.search(sentence, clause_start, start)
    if cue is None or question_end == -1 or any(mark in sentence[end:question_end] for mark in "。.!！"):
        return None
    return "affirms" if RHETORICAL_NEGATED.search(sentence[cue.end():question_end]) else "denies"


def is_refuted_report(sentence: str, following: str, start: int) -> bool:
    """A claim reported as someone's words, or wished, imagined or tempted (REPORT_VERB), and
    refuted by the next sentence (or by the short one joined to it: "…swears it drives itself. It
    doesn't."): the writer does not make it."""
    if TAKEN_BACK.match(following):
        return True
    if not REPORT_VERB.search(sentence, 0, start):
        return False
    mark = _END_MARK.search(sentence, start)
    rest = sentence[mark.end():] if mark else ""
    # only a closing quote left ("…drives itself!' and the brand replied: 'It doesn't'"): the next sentence answers
    return bool(REFUTATION.search(rest if _HAS_WORD.search(rest) else following))


# A question about harm answered no is a safety claim, not a refutation: "Mistakes? It doesn't make
# them.", "出过事故吗？没有。"
QUESTION_ABOUT_HARM = _LazyRegex(
    r"\b(?:mistakes?|errors?|crash\w*|accidents?|collisions?|fail\w*|miss(?:es|ed)?|risks?|danger\w*|wrong)\b"
    r"|事故|出错|失误|犯错|碰撞|撞|翻车|出事|风险|危险|失灵|漏"
)
_FIRST_QUESTION = _LazyRegex(r"[^?？]*[?？]")
# "Do I have to hold the wheel? 不用." A no that lifts a duty grants the claim.
_PERMISSIVE_ANSWER = _LazyRegex(r"^[\W_]*(?:(?:答|回答|回复|a)\s*[:：]\s*)?(?:不用|不必|不需要|无需|不怕|不管|不担心|放心|没关系|没问题)")


def is_question_answered_no(sentence: str, following: str) -> bool:
    """For findings on a whole sentence (the learned models'): the sentence asks whether the car
    can do something and the answer is no, in the sentence or after it. Not when the "answer" is
    the next question of a list (不会倒车？不会变道？…它都会), lifts a duty (不用), or the question
    asks about harm."""
    if not is_answered_no(sentence, following, 0):
        return False
    question = _FIRST_QUESTION.match(sentence)
    asked = question.group() if question else sentence
    answer = sentence[len(asked):] if question and sentence[len(asked):].strip() else following
    next_stop = _END_MARK.search(answer.lstrip())
    answered_with_question = bool(next_stop) and next_stop.group() in ("?", "？")
    permissive = bool(_PERMISSIVE_ANSWER.search(answer))
    return not answered_with_question and not permissive and not QUESTION_ABOUT_HARM.search(asked)


# A sentence that opens with the answer itself, not a statement that happens to deny something
# ("Tired? | The car doesn't get tired." is a claim).
_BARE_NO = _LazyRegex(
    r"^[\W_]*(?:(?:a|\w{0,6}?(?:答|回答|回复))\s*[:：][\W_]*)?"
    rf"(?:{_NO_WORD}|nope\b|absolutely not\b|"
    r"不(?:能|行|可以|是|会的)|没有|否|想都别想|想多了|没门)",
    re.IGNORECASE,
)


def is_no_to_question_before(preceding: str, sentence: str) -> bool:
    """For findings on a whole sentence: the sentence is the no that answers the question before
    it ("Will it drive itself to the return bay? | No, you park it yourself."), with the same
    exceptions as is_question_answered_no."""
    before = preceding.rstrip()
    if not QUESTION_END.search(before) or not _BARE_NO.search(sentence) or _PERMISSIVE_ANSWER.search(sentence):
        return False
    question = before[max(before.rfind(mark, 0, len(before) - 1) for mark in ".!?。！？\n") + 1 :]
    return not QUESTION_ABOUT_HARM.search(question)


# --- use at a standstill ------------------------------------------------------------------------

# "Video calls only when the car is stationary", "stream a film while you charge", 把车停进车位，在车上
# 把早饭吃完: the activity belongs to a car that is not moving, which is the compliant way to
# promote it.
EN_STANDSTILL = _LazyRegex(
    r"\bonly\s+(?:when|while|if|once)\s+(?:the\s+(?:car|vehicle)\s+is\s+|you\s+are\s+|you're\s+|it\s+is\s+|it's\s+)?"
    r"(?:(?:fully|completely)\s+)?(?:stationary|parked|stopped|at\s+a\s+standstill|in\s+park|charging|not\s+moving)\b"
    r"|\b(?:when|while)\s+(?:the\s+(?:car|vehicle)\s+is\s+)?(?:parked|stationary|in\s+park|at\s+a\s+standstill)\s+only\b"
    r"|\b(?:while|whilst|as|once)\s+(?:you(?:'re|\s+are)?\s+|it(?:'s|\s+is)?\s+|the\s+(?:car|vehicle)(?:'s|\s+is)?\s+)?"
    r"(?:charg(?:e|es|ing)|plugged\s+in|parked(?:\s+up)?|stationary|at\s+a\s+standstill|in\s+park)\b"
    r"|\b(?:plugged\s+in|parked\s+up)\s+at\b"
    # parked with the engine off: "at a rest stop: parked, engine off, both hands free for the ring box"
    r"|\bparked\s*(?:,|and|with)\s*(?:the\s+)?engine\s+off\b"
    # waiting at a charger in Park: "watch a film while you wait at the charger; the car stays in Park"
    r"|\b(?:stays?|stay|remains?|is)\s+in\s+park\b|\bwait(?:ing)?\s+at\s+the\s+charg(?:er|ing\s+(?:point|station|bay))\b"
)
ZH_STANDSTILL = _LazyRegex(
    # (not the car parking itself: 代客泊车帮你把车停好)
    r"(?<!帮你|帮您|替你|替您|自动|自己|动把)(?:(?:车|车子)?停(?:进|好|稳|在)(?:了)?(?:车位|车库|停车场|路边|服务区)|把车停(?:进|好|稳|在|下))|"
    r"(?<!帮你|帮您|替你|替您|自动|自己)停(?:好|稳)车|(?<!自动)挂(?:入|上|好|到)?p[挡档]|拉(?:好|起|上)?手刹|手刹拉(?:好|起|上)|"
    r"停车(?:后|以后|之后|时|的时候|等人|再(?!也))|等(?:到)?停(?:车|稳|好)(?:了)?(?:后|以后)?再|到服务区(?:再|后|以后|之后)|到(?:了)?(?:公司|单位|学校)(?:之?后|以后)?再(?:补妆|化妆|吃|喝|处理|回复?)|(?:充电|补电)(?:时|的时候|期间|的空档|那会儿)|熄火(?:后|以后|之后)|驻车(?:时|后|状态)|"
    # a rest at a service area: 最好的辅助，是服务区的一杯热茶和十分钟小睡
    r"(?:服务区|休息区)(?:的|里的|里|内)(?:一杯|一碗|十分钟|片刻|小睡|休息|午睡)"
)


# …and on the move as well: 充电时玩游戏、开车时也玩游戏; "while charging, and even while driving".
ALSO_MOVING = _LazyRegex(
    r"(?:开车|行驶|驾驶|上路|行车|跑高速)(?:时|中|的时候|途中)(?:也|照样|还|同样)|"
    r"\b(?:and|or|but)\s+(?:also\s+)?(?:even\s+)?(?:while|when|as)\s+(?:you(?:'re|\s+are)\s+|it(?:'s|\s+is)\s+)?(?:driving|moving|on\s+the\s+move)\b"
    r"|\beven\s+(?:while|when)\s+(?:you(?:'re|\s+are)\s+|it(?:'s|\s+is)\s+)?(?:driving|moving|on\s+the\s+move)\b"
)


@_per_sentence
def is_at_standstill(sentence: str) -> bool:
    """An activity promoted for a car that is parked, charging or stationary (and not on the move too)."""
    return bool(EN_STANDSTILL.search(sentence) or ZH_STANDSTILL.search(sentence)) and not ALSO_MOVING.search(sentence)


# --- warnings that describe driver monitoring -----------------------------------------------------

MONITORING_REACTION = _LazyRegex(
    r"提示|提醒|警告|警示|报警|警报|退出|降速|减速|双闪|靠边|提示音|闪红灯|滴滴叫|嘀嘀叫|叫起来|响起来|(?:就|会)(?:开始)?(?:叫|喊)(?:你|人)?|remind\w*|alert\w*|warn\w*|chime\w*|beep\w*|vibrat\w*|disengag\w*|"
    # an owner's account of the warning: "it yelled at me within five seconds"
    r"(?:yell\w*|scream\w*|shout\w*|complain\w*|buzz\w*)\s+at\s+(?:me|us|him|her|them|you)\b|"
    r"nag(?:s|ged|ging)?\b|flags?\b|flagged|grabbed\s+the\s+wheel|"
    r"slow\w* down|slow\w* (?:the car|the vehicle|it)\b|alarms?\b|hands-on request|take (?:back )?control|tell\w* (?:me|you|us|them) off|told (?:me|you|us|them) off|"
    r"asks? you to (?:hold|grip|take|put|place|keep)\b"
)
MONITORING_CONDITION = _LazyRegex(
    r"就会(?:报警|提醒|提示|警告)|只要|(?:脱手|松手|双手离开方向盘)(?:后|之后|以后)|若|如果|一旦|当|超过|持续|检测|侦测|监测|传感器|演示|即(?:提醒|提示|警告|报警)|(?<![a-z])if\b|\bwhen\b|\bonce\b|more than|longer than|the moment|the second|as soon as|within|\buntil\b|\d+ ?(?:秒|s\b|secs?\b|seconds?)|[一二三四五六七八九十几两数]+秒"
)


# A detection named as the system's (or an engineer's) task: 职责包括脱手、视线偏离及疲劳状态检测,
# "detects hands-off and eyes-off states".
MONITORING_TASK = _LazyRegex(
    r"(?:脱手|视线偏离|分心|疲劳|闭眼)(?:状态)?(?:[、,和及与]\s*(?:脱手|视线偏离|分心|疲劳|闭眼)(?:状态)?)*(?:的)?(?:检测|识别|监测)"
    r"|\b(?:detect\w*|monitor\w*)\s+(?:of\s+)?(?:hands-off|eyes-off|hands\s+off|distraction)"
)
# The behaviour permitted, with the warning as a safety net: "you can take your eyes off the road
# and check your phone; the car will beep if it needs you" is a claim, not a description of the
# monitoring (not "…so you can take control").
MONITORING_PERMISSION = _LazyRegex(
    r"\b(?:you\s+can|you\s+may|feel\s+free\s+to|go\s+ahead\s+and|plenty\s+of\s+time\s+to)\s+"
    r"(?!take\s+(?:over|control|back)|react|resume|intervene|brake|steer|respond|put|place|return|keep|hold)"
    r"|(?:可以|尽管|放心)(?:地)?(?:放开|松开|脱手|不看|看手机|刷手机|玩手机|双手离开)"
    # the warning that does not come, sold as slack: 双手离开方向盘十几秒都不会报警，够你喝口咖啡了
    r"|(?:都|也)不会(?:报警|提醒|提示|警告)|不再(?:频繁|一直|反复)?(?:提醒|提示|报警|警告)|\bwon't\s+(?:even\s+)?(?:nag|beep|chime|warn|complain)\b|\b(?:doze|nap|snooze|kip)\s+is\s+(?:fine|ok|okay|allowed)\b"
)
MONITORED = _LazyRegex(r"hands?|wheel|eyes|gaze|attention|let go|doz\w*|drows\w*|asleep|瞌睡|打盹|睡着|方向盘|双手|手离|脱手|松手|手一松|视线|目光|眼睛|注意力|分心|闭眼|看路|低头")


# The behaviour is penalised: "Fitting any device that defeats driver monitoring voids this
# policy", 加装防提醒装置导致的事故不予赔付, 平台下架防提醒夹子.
PENALISED = _LazyRegex(
    r"\b(?:voids?|invalidates?|invalidating|voiding)\s+(?:the|your|this|any)\s+(?:policy|warranty|cover|insurance)\b"
    r"|\b(?:is|are)\s+not\s+covered\b|\b(?:will\s+not|won't|refuses?\s+to|refused\s+to)\s+pay\s+out\b"
    r"|不予赔付|不予理赔|拒赔|不赔|下架|不承担(?:赔偿|赔付)?责任|不予赔偿|不在(?:质保|保修|保险|理赔)范围|不予保修"
    # the system's own sanction: 已连续3次因脱手退出，本次行程暂停使用
    r"|因(?:脱手|分心|未握方向盘|视线离开)[^，。]{0,6}(?:退出|降级|暂停|锁定|禁用)|暂停使用|功能(?:已)?被?锁定"
    # the behaviour named as distraction, or its consequence as the driver's: 行驶中观看视频、玩游戏均属
    # 分心驾驶; 开着它追剧，出了事责任还是你的
    r"|(?:均|都|也)?属(?:于)?分心驾驶|出了事[^，。！？]{0,4}责任(?:还是|在|归|由)|后果自负|(?:认定|判定)(?:驾驶员|司机)(?:承担|负)"
    # an examiner's deduction for the behaviour, a court's ruling: 双手离开方向盘超过2秒，扣分; 被判负全部责任
    # (not 不扣分, nor points taken for an intervention: 手动介入一次扣10分)
    r"|(?<![不免计])(?:脱手|离开方向盘|看手机|玩手机|分心|闭眼|打盹|视线离开)[^。！？不免]{0,16}?扣(?:\d+|[一二三四五十百]+)?分|被判(?:负|承担)?(?:全部|主要|全责|次要)"
    r"|\b(?:we|insurers?|the\s+insurer)\s+(?:do\s+not|don't|will\s+not|won't)\s+cover\b"
    # a court's or a lawyer's verdict on the driver: "was held 80% contributorily negligent", "can make you liable"
    r"|\b(?:held|found|ruled|deemed)\s+(?:\d+\s*%\s+)?(?:contributorily\s+)?(?:negligent|liable|at\s+fault|responsible)\b|\b(?:make|makes|leave|leaves)\s+(?:you|the\s+driver|drivers)\s+liable\b"
)


@_per_sentence
def is_penalised(sentence: str) -> bool:
    """The sentence states a penalty for the behaviour it names (an insurer's exclusion, a product
    taken off sale): a warning, not a promotion."""
    return bool(PENALISED.search(sentence))


@_per_sentence
def is_monitoring_warning(sentence: str) -> bool:
    """"If your hands leave the wheel for more than 5 s, the system warns you": a description of
    driver monitoring, which the copy must give, not a claim that hands may leave the wheel."""
    if MONITORING_TASK.search(sentence):
        return True
    if MONITORING_PERMISSION.search(sentence):
        return False
    return all(pattern.search(sentence) for pattern in (MONITORING_REACTION, MONITORING_CONDITION, MONITORED))


# --- approved hands-free driving with eyes on the road ---------------------------------------------

EYES_ON = _LazyRegex(r"eyes (?:stay |remain |are |(?:must |should )?(?:stay |remain |be )|kept )?on the road|eyes on the road|keep your eyes|watch(?:ing)? the road|注视前方|视线保持|目视前方")
ROAD_LIMIT = _LazyRegex(
    r"compatible|supported|approved|mapped|certain|select(?:ed)?|divided highways?|pre-?mapped|(?:pre-?)?qualified|only on|"
    r"\d[\d,]* (?:miles|km|kilometres|kilometers)|指定|特定|限定|仅在|高精地图覆盖|"
    # roads limited in the sentence before: 在这些路段内; "on those roads"
    r"(?:这些|上述|以上)(?:路段|道路|高速)|\b(?:these|those) (?:roads|sections|stretches|highways|motorways)\b"
)


@_per_sentence
def is_supervised_hands_free(sentence: str, following: str = "") -> bool:
    """Approved hands-free Level 2 (Super Cruise style) stated with eyes on the road and the roads it
    works on, in the sentence or the one answering it ("Hands-free? Only on mapped motorways, eyes on
    the road."): lawful where approved, so rules that allow it list `supervised-hands-free`."""
    text = sentence + " " + _first_sentence(following)
    return bool(EYES_ON.search(text)) and bool(ROAD_LIMIT.search(text))


def _first_sentence(text: str) -> str:
    end = _SENTENCE_END.search(text)
    return text[: end.end()] if end else text


_SENTENCE_END = _LazyRegex(r"[.!?。！？](?=\s|$|[^\w.])")


# --- certified Level 3 described with its conditions ---------------------------------------------

LEVEL3_RE = _LazyRegex(
    r"(?<![a-z0-9准类近])(?:l[345]|level[ -]?[345]|sae[ -]?level[ -]?[345])(?![0-9.+]|-?ish|-?like|-?style|级体验)"
    r"|drive pilot|traffic jam pilot|automated lane keeping|\balks\b|(?<![准类近])[345]级(?!体验)|有条件自动驾驶|高度自动驾驶"
)
# Level 4 services, described with their areas in news: robotaxis, people movers.
SERVICE_RE = _LazyRegex(r"robo-?taxis?|waymo|apollo go|萝卜快跑|小马智行|文远知行|pony\.ai|weride|出行服务|goa4|shuttles?|depot|"
                        r"driverless (?:rides?|trips?|services?|freight|trucks?|taxis?|carriers?|buses|delivery|pods?|fleets?|deployments?|operations)|"
                        r"(?:rides?|trips?) (?:is|are) driverless|"
                        # a Level 4 ride or fleet: "Level 4 rides inside the Austin zone", "a ride in a real Level 4 Zyrel"
                        r"\b(?:level|l) ?4\b[^.;!?]{0,30}?\b(?:rides?|trips?|services?|fleets?)\b|\b(?:rides?|trips?)\b[^.;!?]{0,30}?\b(?:level|l) ?4\b|"
                        r"无人驾驶服务|无人配送|"
                        # a permit to test automated vehicles on public roads
                        r"测试牌照|先导牌照|路测牌照|道路测试|testing permits?|test permits?|road[- ]testing|"
                        r"无人驾驶(?:观光)?(?:小巴|巴士|接驳车|观光车)|"
                        # a city's driverless bus or patrol-vehicle trial: 自动驾驶公交测试, 无人驾驶巡查车 (cleared with a safety officer or a route)
                        r"(?:自动驾驶|无人驾驶)[\u4e00-\u9fff]{0,2}?(?:公交车?|巴士|小巴|接驳车|巡查车|巡逻车|环卫车|清扫车|观光车)|(?:自动驾驶|无人驾驶)[^。！？]{0,10}?测试")
# A driverless service's licence or permit, granted or suspended: news of either is not a claim.
SERVICE_APPROVAL_RE = _LazyRegex(r"\b(?:licen[cs]ed|permitted|(?:deployment|driverless|operating|testing) permits?|permits? (?:for|to)|牌照|许可)")
APPROVAL_RE = _LazyRegex(r"approv\w*|certif\w*|authori[sz]\w*|permit\w*|licen[cs]\w*|trial\w*|获批|批准|核准|准入|试点|许可|牌照|认证")
# The Level 3 hand-back, which accurate descriptions of Level 3 always state.
TAKEOVER_ON_REQUEST = _LazyRegex(
    r"when prompted|when requested|take back control|take over when|(?:及时|立即|马上)接手|(?:asks?|prompts?|requests?|tells?) (?:you|the driver) to "
    r"(?:take over|take back|resume)|resume driving|you are driving again|you're driving again|请求时|及时接管|接管请求|"
    r"(?<!不会)(?<!很少)(?<!极少)(?<!无需)(?<!不用)(?<!不需要)(?<!从不)(?<!从未)(?<!没有)(?:请求|提示|要求)(?:驾驶员|驾驶人|司机)?接管|(?:依|按|根据|听从)(?:系统)?提示接管"
)
CONDITIONS_RE = _LazyRegex(
    r"km/h|\bmph\b|motorways?|highways?|traffic jams?|congest\w*|when prompted|take back control|take over when|"
    r"certain roads|designated|geofenced|safety drivers?|approved (?:roads?|routes?|sections?|corridors?|conditions)|(?:operating|its) conditions|"
    r"service areas?|parts of|neighbou?rhoods?|(?<!\bno )(?<!\bany )(?<!\bevery )\bzones?\b|mapped (?:areas?|districts?)|\bset areas?\b|\bcertain (?:areas|cities|streets|districts)\b|geofenc\w*|corridors?|fenced|terminals?|districts?|under (?:a|its) (?:[\w-]+ )*permit|"
    r"(?:asks?|prompts?|requests?) (?:you|the driver) to (?:take over|take back|resume)|resume driving|driving again|"
    r"限定|指定路段|指定区域|指定|路段|区域|无人驾驶服务区|运营区|运营范围|服务范围|高速|拥堵|塞车|堵车|时速|及时接管|请求时|设计运行条件|运行范围|安全员|安全人员|区域内|封闭园区|园区内|低速运行|"
    r"(?:未|没有)(?:及时)?响应|最小风险"
)


# Driverless valet parking approved for named car parks only: "approved only in the 14 equipped
# garages listed in the app", 仅在经改造认证的示范园区停车楼指定楼层运行. "valets itself at hotels,
# airports and malls" names no approval and no limit.
VALET_PARKING = _LazyRegex(r"valet parking|\bavp\b|代客泊车|driverless parking|automated parking")
PARKING_SITE_LIMIT = _LazyRegex(
    r"\b(?:only|single|equipped|designated|specific|certified|approved|listed)\b[^.;!?]{0,40}?"
    r"\b(?:garages?|car ?parks?|parking (?:structures?|decks?|garages?|facilit\w+)|multi-?storeys?)\b|"
    # named floors of a garage: "on levels -2 and -3 only"
    r"\blevels?\s+-?\d+(?:\s*(?:and|to|-|–)\s*-?\d+)?\s+only\b|"
    r"(?:仅|只)(?:在|限|于)[^。！？]{0,30}(?:停车场|停车楼|停车库|车库|楼层|层|专用区)|指定(?:的)?(?:停车场|停车楼|楼层)"
)


@_per_sentence
def is_certified_level3(sentence: str) -> bool:
    """A Level 3+ system named with its operating conditions and its approval or hand-back request
    (news of certified approvals, explanations of Level 3), a Level 4 service described with its
    area, or driverless valet parking approved for named car parks. "Level 3-ish on the motorway"
    is none of them."""
    if VALET_PARKING.search(sentence) and APPROVAL_RE.search(sentence) and PARKING_SITE_LIMIT.search(sentence):
        return True
    if SERVICE_RE.search(sentence) and (CONDITIONS_RE.search(sentence) or SERVICE_APPROVAL_RE.search(sentence)):
        return True  # a service with its area, or licensed: "a licensed driverless service in Phoenix"
    if not CONDITIONS_RE.search(sentence):
        return False
    return bool(LEVEL3_RE.search(sentence)) and bool(APPROVAL_RE.search(sentence) or TAKEOVER_ON_REQUEST.search(sentence))


# --- the driver's duty stated ------------------------------------------------------------------------

# The writer says the driver still drives: "you'll be doing the driving", "Your hands stay on the wheel
# and your eyes stay up", "A Level 2 car that needs a driver", 驾驶员须全程手握方向盘. Not when the duty is
# lifted ("you don't need to keep your hands on the wheel", 不用手握方向盘).
DRIVER_DUTY = _LazyRegex(
    r"\b(?:you|drivers?|the driver|i|we|the (?:person|human|one) (?:behind|at) the wheel)\s*(?:are|am|were|was|is|remain|remains|stay|stays|'re|'m)\s+(?:still\s+|always\s+)?"
    r"(?:driving|in charge|responsible|in control|steering)\b"
    r"|\b(?:keep|kept|keeps|keeping)\s+(?:your|both|my|their|his|her|our)\s+(?:hands?|eyes)\s+(?:on|up)\b"
    r"|\b(?:hands?|eyes)\s+(?:stay|stays|remain|remains|stayed)\s+(?:on|up)\b|\bhands on,?\s+eyes\s+(?:up|on)\b"
    r"|\b(?:still|always)\s+(?:had|have|has|need|needs|needed)\s+(?:both\s+)?(?:hands|a driver|you)\b"
    r"|\bneeds?\s+(?:a|the|its|your)\s+driver\b|\bneeds\s+you\s+driving\b"
    r"|\byou(?:'ll|\s+will)\s+(?:still\s+)?be\s+(?:doing\s+(?:every\s+bit\s+of\s+|all\s+(?:of\s+)?)?the\s+driving|steering|driving)\b|\byour\s+job\s+never\s+stops\b"
    # "My hands were on the wheel just out of frame"; "it can't, I still steer"
    r"|\b(?:my|our|his|her|your|their)\s+hands\s+(?:were|was|are|is|stayed|remained)\s+(?:still\s+|always\s+)?on\s+the\s+wheel\b|\b(?:i|we|you)\s+(?:still|always)\s+(?:steer|drive|do\s+the\s+driving)\b"
    r"|\bmust\s+supervise\b|\bsupervis\w+\s+at\s+all\s+times\b"
    r"|(?:驾驶员|司机|驾驶人|您|你)(?:仍|仍然|始终|依然)?(?:须|需|必须|需要|要|得)(?:全程|始终|时刻|一直|随时)?"
    r"(?:手握方向盘|握住方向盘|握好方向盘|注视前方|监控|监管|保持注意|看路|准备接管|对驾驶安全负责)"
    r"|双手(?:仍|仍然|始终|必须|须|要)(?:握|放在)(?:住|好)?方向盘|(?:你|您)(?:仍然|依然|还是|始终)是(?:驾驶员|驾驶者|驾驶主体|司机)"
    r"|驾驶员(?:始终|仍|仍然|依然)是(?:驾驶)?(?:主体|责任人|第一责任人)"
    # 全程需驾驶员手握方向盘; 请始终握住方向盘; 方向盘我一直握着; 你必须自己开; 仍需你自己处理
    r"|(?:需|须|需要|必须)(?:驾驶员|司机|您|你)(?:全程|始终|时刻|一直|随时)?(?:手握方向盘|握住方向盘|注视前方|观察|监控|监管|看路|准备接管|准备制动|自己)"
    r"|(?:你|您)(?:照着|自己|亲自)开就(?:行|好|可以)|(?:其余|其他|剩下的?)(?:都)?(?:得|要|需要)(?:自己|您|你)(?:开|来)"
    r"|请(?:始终|全程|时刻|一直)?(?:握住|握好|手握)方向盘|方向盘(?:我|你|您)?(?:一直|始终)(?:握着|握在手)|(?:你|您)(?:必须|得|要)自己开"
    r"|(?:驾驶员|司机)须(?:全程|始终|时刻|一直|随时)(?:观察|准备)"
)
_DUTY_LIFTED = _LazyRegex(
    r"(?:\bnot|n't|\bno|\bnever|\bwithout|\bforget|\bwhy|\bwho\s+says|不用|不必|无需|不需要|不再|别|免去|告别|为什么|谁说)"
    r"\W*(?:\w+\W+){0,3}\W*$"
)


def states_driver_duty(sentence: str) -> bool:
    """One sentence that says the driver still drives or must supervise, without lifting the duty
    (why, who says, not) and not as a footnote to a claim ("door to door.* *The driver must
    supervise"). Read for the learned models' findings, which have no span: a model that flags
    "you'll be doing the driving" has weighed the words of the duty, not a claim. A paragraph read
    whole is not cleared so: its duty and its claim may be different sentences ("Driver must
    supervise. The car does the rest.")."""
    if _SENTENCE_END.search(sentence.rstrip(" .!?。！？\"'”’)")):
        return False
    return any(not _DUTY_LIFTED.search(sentence, max(0, m.start() - 30), m.start()) and "*" not in sentence[: m.start()]
               for m in DRIVER_DUTY.finditer(sentence))
