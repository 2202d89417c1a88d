"""Generate a seeded, realistic mixed English/Chinese marketing corpus for benchmarks.

Many files of 2-20 KB (Markdown and text), mostly compliant product copy, with a few percent of
risky sentences, some of them negated or quoted, as real sites have. Same seed, same corpus.

    python bench/generate.py --size-mb 20 --out /tmp/claimlint-bench/corpus
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

EN_SAFE = [
    "The cabin is finished in recycled wool and open-pore ash.",
    "A heat pump keeps the battery at the right temperature in winter.",
    "Adaptive Cruise Control keeps a set distance from the car ahead.",
    "Lane Centering Assistance helps keep the car in the middle of its lane; keep your hands on the wheel.",
    "The 800-volt platform adds 200 km of range in ten minutes at a fast charger.",
    "Rear seats fold flat in a 40/20/40 split for long loads.",
    "Over-the-air updates bring new features while the car is parked.",
    "Driver assistance features support you; you remain responsible for driving at all times.",
    "The sound system uses twelve speakers tuned for the cabin.",
    "Book a test drive at your nearest dealer this weekend.",
    "The panoramic roof blocks 99 percent of UV light.",
    "Parking sensors and a 360-degree camera make tight spaces easier.",
]
EN_RISKY = [
    "On the highway the car drives itself while you answer your emails.",
    "Take your hands off the wheel and relax: it handles the commute.",
    "Our Level 2+ system feels like L3.",
    "The safest driver assistance in the world, 100% safe in every scenario.",
    "Full Self-Driving comes standard on every trim.",
]
EN_NEGATED = [
    "This is not a self-driving system; keep your eyes on the road.",
    "Never take your hands off the wheel.",
    "Regulators banned the term \"autonomous driving\" in ads.",
]
ZH_SAFE = [
    "座舱采用环保材质，触感细腻。",
    "热泵空调让冬季续航更稳定。",
    "组合驾驶辅助可在高速公路上辅助跟车和车道居中，驾驶员须全程手握方向盘。",
    "全新底盘调校兼顾舒适与操控。",
    "超快充十分钟补能二百公里。",
    "后排座椅支持四六分比例放倒。",
    "整车支持远程升级，持续带来新功能。",
    "本功能为辅助驾驶，驾驶员须对驾驶安全负责。",
    "十二扬声器音响带来沉浸式听感。",
    "欢迎预约到店试驾。",
    "全景天幕有效隔绝紫外线。",
    "泊车辅助配合全景影像，窄车位也能轻松停入。",
]
ZH_RISKY = [
    "高速上可以自动驾驶，全程无需接管。",
    "城市领航让你解放双手，上车就能睡一觉。",
    "准L3级智驾体验，L2.5级配置。",
    "全场景可用，零事故，最安全的辅助驾驶。",
]
ZH_NEGATED = [
    "本系统不是自动驾驶系统，驾驶员不得脱手。",
    "请勿将辅助驾驶当作自动驾驶。",
    "工信部要求车企不得使用“智驾”等宣传用语。",
]


def paragraph(rng: random.Random, lang: str, risky_share: float) -> str:
    safe, risky, negated = (EN_SAFE, EN_RISKY, EN_NEGATED) if lang == "en" else (ZH_SAFE, ZH_RISKY, ZH_NEGATED)
    sentences = []
    for _ in range(rng.randint(3, 6)):
        roll = rng.random()
        if roll < risky_share:
            sentences.append(rng.choice(risky))
        elif roll < risky_share * 2:
            sentences.append(rng.choice(negated))
        else:
            sentences.append(rng.choice(safe))
    return (" " if lang == "en" else "").join(sentences)


def document(rng: random.Random, target: int, risky_share: float) -> str:
    parts = [f"# {rng.choice(['Veyra', 'Kestrel', 'Norvik', '领航', '星途'])} {rng.randint(1, 99)}\n"]
    size = 0
    while size < target:
        lang = "en" if rng.random() < 0.5 else "zh"
        text = paragraph(rng, lang, risky_share)
        parts.append(text + "\n")
        size += len(text.encode("utf-8")) + 1
    return "\n".join(parts)


def generate(out: Path, size_mb: float, seed: int = 20261126, risky_share: float = 0.03) -> int:
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    total, index = 0, 0
    while total < size_mb * 1024 * 1024:
        text = document(rng, rng.randint(2_000, 20_000), risky_share)
        suffix = ".md" if index % 2 else ".txt"
        (out / f"page-{index:05d}{suffix}").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        index += 1
    return index


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("/tmp/claimlint-bench/corpus"))
    parser.add_argument("--size-mb", type=float, default=20)
    parser.add_argument("--seed", type=int, default=20261126)
    args = parser.parse_args()
    count = generate(args.out, args.size_mb, args.seed)
    print(f"{count} files, {args.size_mb} MB in {args.out}")


if __name__ == "__main__":
    main()
