"""The accuracy gate on the held-out test part of the corpus (the dev part is what rule authors
tune against; nobody tunes against this one).

SPEC's quality bar is sentence-level F1 and precision of at least 0.95 in each language. claimlint
does not reach it on this corpus yet (bench/RESULTS.md has the figures): the held-out items are
creative paraphrases written by authors who never saw the rules. Until it does, the gate is a
ratchet: it fails when accuracy falls below the level measured when the floor was last raised,
and each failure message states the distance to SPEC's bar. Raise FLOOR whenever the figures
improve; never lower it to make a change pass. (The one legitimate reason to reset it is a larger
test part: new held-out items measure the same rules on more unseen copy.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimlint import evaluate
from claimlint.config import Config

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
SPEC_BAR = 0.95
# The rules alone (`claimlint eval corpus/test.jsonl --no-paraphrase`; the default run until the
# sixth round), measured as in bench/RESULTS.md, rounded down.
# Reset when the fourth authoring round enlarged the test part (1,093 → 1,346 sentences, 32 → 44
# documents), measured with the rules unchanged: en precision 0.863, F1 0.684; zh 0.899, 0.766;
# disclosure F1 0.818. Raised after the rules written from the fourth round's dev part:
# en precision 0.880, F1 0.722; zh precision 0.912, F1 0.784; disclosure unchanged.
# Reset when the fifth round enlarged it again (1,346 → 1,596 sentences, 44 → 57 documents),
# measured with the sentence rules unchanged: en precision 0.875, F1 0.707; zh 0.904, 0.763;
# disclosure F1 0.857 (after its duty and limits became regex families). Raised after the rules
# written from the fifth round's dev part: en precision 0.876, F1 0.721; zh 0.905, 0.767;
# disclosure F1 0.877. Reset when 589 compliant near misses (negations, mentions, news, other
# domains, human drivers, criticism) enlarged the test part to 1,809, measured with the rules
# unchanged: en precision 0.867, F1 0.718; zh 0.896, 0.763. Raised after the false-alarm classes
# written from the dev part's near misses: en precision 0.888, F1 0.723; zh 0.908, 0.768. With 298
# realistic, keyword-bearing claims and look-alikes added (133 of them to the test part): en
# precision 0.900, F1 0.748; zh 0.921, 0.795. With a second realistic set (297, 115 in the test
# part) and the patterns written from its dev part: en 0.910, 0.760; zh 0.927, 0.809. Reset when
# the sixth round (1,277 sentences of social, international and commercial copy, 498 of them to the
# test part: 2,057 → 2,555) enlarged it, measured with the rules unchanged: en 0.900, 0.731;
# zh 0.922, 0.786. After the false-alarm classes written from its dev part: en 0.904, 0.732;
# zh 0.924, 0.787. Reset when the seventh round (1,267 sentences of support, product-embedded,
# advertising and sales copy, 512 to the test part: 2,555 → 3,067) enlarged it, measured with the
# rules unchanged: en 0.908, 0.729; zh 0.921, 0.777. With its false-alarm classes: en 0.908, 0.729;
# zh 0.925, 0.778. Reset when 798 compliant near misses written blind (negations, news,
# criticism, mentions, accurate descriptions, other domains, certified systems, questions answered
# no, plain copy; 308 to the test part: 3,067 → 3,375) enlarged it, rules unchanged: en 0.881,
# 0.720; zh 0.900, 0.769. After the false-alarm classes written from their dev part: en 0.883,
# 0.721; zh 0.903, 0.770. Reset when the eighth round (1,198 sentences of conversational,
# long-tail commercial and spoken copy, 483 to the test part: 3,375 → 3,858) enlarged it, rules
# unchanged: en 0.882, 0.727; zh 0.905, 0.788. After the false-alarm classes and paraphrase
# families written from its dev part: en 0.885, 0.729; zh 0.909, 0.790. Reset when the ninth round
# (1,189 sentences of corporate and internal copy, world Englishes, Cantonese, Taiwanese and
# dialect Chinese, and items whose label turns on structure; 484 to the test part: 3,858 → 4,342)
# enlarged it, rules unchanged: en 0.877, 0.737; zh 0.899, 0.788. After the classes written from
# its dev part: en 0.878, 0.737; zh 0.899, 0.790. Reset when the tenth round (1,000 sentences:
# paraphrase families of the car driving and the driver released, with compliant twins, and copy
# that talks about claims: news, fact-checks, legal and academic summaries; 422 to the test part:
# 4,342 → 4,764) enlarged it, rules unchanged: en 0.876, 0.729; zh 0.892, 0.772. After the classes
# written from its dev part: en 0.877, 0.732; zh 0.896, 0.774. The eleventh round (1,069
# sentences of long-form copy and adjacent domains, 425 to the test part: 4,764 → 5,189), rules
# unchanged: en 0.870, 0.731; zh 0.893, 0.772; with its classes: en 0.873, 0.732; zh 0.894, 0.774.
# The twelfth (1,039 sentences of fragments and careful compliant copy, 396 to the test part:
# 5,189 → 5,585), rules unchanged: en 0.866, 0.735 (below the precision floor until its classes);
# zh 0.895, 0.780; with its classes: en 0.872, 0.738; zh 0.895, 0.781. The thirteenth (1,045
# sentences of overclaims, levels and enthusiastic compliant copy, 444 to the test part: 5,585 →
# 6,029), rules unchanged: en 0.879, 0.744; zh 0.899, 0.787; with its classes: en 0.879, 0.745;
# zh 0.901, 0.789. The fourteenth (1,049 sentences of exporters' and translated English,
# Traditional Chinese and Cantonese copy, and what the driver may do while the system is on; 440 to
# the test part: 6,029 → 6,469), rules unchanged: en 0.882, 0.744; zh 0.902, 0.788; with its
# classes: en 0.881, 0.745; zh 0.903, 0.792. The fifteenth (1,058 sentences of corporate and
# forward-looking copy and of instructions and help content, 444 to the test part: 6,469 → 6,913),
# rules unchanged: en 0.885, 0.752; zh 0.905, 0.796; with its classes: en 0.886, 0.753; zh 0.907,
# 0.797. Floors raised to those figures, rounded down. The sixteenth (1,038 sentences of copy for
# tired, older, disabled, anxious and novice drivers, and of the commercial wrapper: prices,
# subscriptions, finance, insurance, used cars, rental, fleets; 422 to the test part: 6,913 →
# 7,335), rules unchanged: en 0.890, 0.761; zh 0.911, 0.804; with its classes: en 0.891, 0.761;
# zh 0.911, 0.804. F1 floors raised to those figures, rounded down. The seventeenth (1,043 sentences
# of the technology wave and of events, challenges and comparisons; 439 to the test part: 7,335 →
# 7,774), rules unchanged: en 0.894, 0.764; zh 0.914, 0.807; with its classes: en 0.894, 0.764;
# zh 0.916, 0.808. The eighteenth (1,031 sentences written to slip past the rules, and brand replies
# and user copy; 430: 7,774 → 8,204), rules unchanged: en 0.894, 0.760; zh 0.914, 0.809; with its
# classes: en 0.895, 0.762; zh 0.915, 0.810. The nineteenth (1,024 items of claims made across short
# sentences and of lyrical brand storytelling, the hardest round yet: rules alone en F1 0.713 and zh
# 0.596 on it before any change; 417: 8,204 → 8,621), rules unchanged: en 0.889, 0.757; zh 0.915,
# 0.801; with its classes: en 0.889, 0.758; zh 0.915, 0.802. English F1 floor reset to 0.75 for the
# larger test part (the reason the docstring allows). The twentieth (1,017 items of the renaming
# transition and of copy feature by feature; 413: 8,621 → 9,034), rules unchanged: en 0.889, 0.761;
# zh 0.917, 0.805; with its classes: en 0.891, 0.762; zh 0.918, 0.807. The twenty-first (1,026
# paragraphs and vivid compliant-leaning copy; 434: → 9,468), unchanged: en 0.890, 0.763; zh 0.919,
# 0.810; with its classes: en 0.895, 0.766; zh 0.919, 0.810. The twenty-second (1,020 items of layout
# fragments and supplier copy; 399: → 9,867), unchanged: en 0.895, 0.768; zh 0.918, 0.813; with its
# classes: en 0.895, 0.769; zh 0.919, 0.814. The twenty-third (1,044 items of buyer's guides and
# travel copy; 434: → 10,301), unchanged: en 0.898, 0.773; zh 0.921, 0.817; with its classes: en
# 0.898, 0.773; zh 0.921, 0.817 (0.922 with 别 glued to the word before it negating). Floors raised to
# those figures, rounded down. The twenty-fourth (1,047 items of seasonal sales campaigns and of
# everyday driving scenarios; 413: → 10,714), unchanged: en 0.902, 0.777; zh 0.924, 0.819; with its
# classes: en 0.903, 0.779; zh 0.926, 0.823. The twenty-fifth (1,060 items of motorsport and EV
# charging copy; 423: → 11,137), unchanged: en 0.904, 0.781; zh 0.928, 0.825; with its classes:
# en 0.905, 0.784; zh 0.930, 0.827. The twenty-sixth (1,064 items of parking-site and executive-car
# copy; 408: → 11,545), unchanged: en 0.905, 0.782; zh 0.930, 0.827; with its classes: en 0.906,
# 0.783; zh 0.931, 0.829. The twenty-seventh (1,044 items of off-road, towing and two-wheeler copy
# and of owners' diaries and crisis statements; 410: → 11,955), unchanged: en 0.905, 0.781; zh 0.931,
# 0.829; with its classes: en 0.906, 0.783; zh 0.932, 0.830. The twenty-eighth (1,057 items of in-car
# entertainment and public-sector copy; 434: → 12,389), unchanged: en 0.907, 0.785; zh 0.932, 0.831;
# with its classes: en 0.908, 0.787; zh 0.934, 0.832. The twenty-ninth (1,065 items of drink, fatigue
# and impairment copy and of family chats and lay explainers; 441: → 12,830), unchanged: en 0.908,
# 0.786; zh 0.933, 0.832; with its classes: en 0.909, 0.789; zh 0.933, 0.833. The thirtieth and
# thirty-first together (2,118 items of commercial-vehicle, influencer, in-car AI and event copy; 851:
# → 13,681), unchanged: en 0.910, 0.787; zh 0.933, 0.834; with their classes: en 0.910, 0.788;
# zh 0.935, 0.837; with their false-alarm classes: en 0.910, 0.788; zh 0.936, 0.838. The thirty-second
# and thirty-third together (2,118 items of holiday, forum, small-print and accessibility copy; 849:
# → 14,530), unchanged: en 0.912, 0.789; zh 0.937, 0.837; with their classes: en 0.912, 0.790;
# zh 0.937, 0.838. The thirty-fourth and thirty-fifth together (2,120 items of investors', fashion,
# ESG and aftermarket copy; 883: → 15,413), unchanged: en 0.911, 0.789; zh 0.936, 0.837; with their
# classes and Chinese quotations in straight quotes kept: en 0.912, 0.789; zh 0.939, 0.838. The
# thirty-sixth and thirty-seventh together (2,120 items of rural, sports-fan, complaint and education
# copy; 834: → 16,247), unchanged: en 0.913, 0.790; zh 0.936, 0.837; with their classes: en 0.913,
# 0.790; zh 0.938, 0.837. Floors unchanged. The thirty-eighth to forty-first together (4,237 items of
# robotaxi, learner, crisis, satire, spoken, food, research and young-family copy; 1,695: → 17,942),
# unchanged: en 0.908, 0.785; zh 0.938, 0.833; with their classes: en 0.909, 0.790; zh 0.938, 0.835.
# The forty-second and forty-third (2,120 items of weather, dating, music and neighbourhood copy;
# 833: → 18,775), with the code of the start of their stop: en 0.905, 0.783; zh 0.938, 0.834; with
# all six rounds' classes: en 0.907, 0.789; zh 0.939, 0.837. Floors unchanged. The forty-fourth to
# forty-seventh (4,235 items of pet, gaming, commuting, police, insurance, health, outdoor and
# used-car copy; 1,705: → 20,480), with the code of the start of their stop: en 0.907, 0.789; zh 0.938,
# 0.838; with their classes: en 0.909, 0.790; zh 0.938, 0.839. Floors unchanged. The forty-eighth to
# fifty-third (6,357 items of film, toy, luxury, export, smart-road, satire, breakdown, errand,
# local-government, family-role, e-commerce and eco-driving copy; 2,490: → 22,970), with the code of
# the start of their stop: en 0.910, 0.786; zh 0.938, 0.841; with their classes: en 0.912, 0.789; zh
# 0.939, 0.843. Floors unchanged. The fifty-fourth to fifty-seventh (4,236 items of gadget, start-up,
# sales-training, translation, AI-written, owners'-club, privacy and home-automation copy; 1,714:
# → 24,684), with the code of the start of their stop: en 0.914, 0.790; zh 0.938, 0.843; with their
# classes: en 0.915, 0.792; zh 0.938, 0.844. Floors unchanged. The fifty-eighth to sixty-first (4,239
# items of procurement, school, heritage, food, legal, health, sponsorship and folk-custom copy; 1,755:
# → 26,439), with the code of the start of their stop: en 0.915, 0.792; zh 0.938, 0.845; with the
# first pair's classes and a few of the second's: en 0.916, 0.794; zh 0.938, 0.846. Floors unchanged.
# The sixty-second to sixty-fifth (4,240 items of aviation, grooming, defence, gig-work, book, camera,
# workplace and disaster copy; 1,659: → 28,098), with the code of the start of their stop: en 0.915,
# 0.790; zh 0.937, 0.844; with the first pair's classes and part of the second's: en 0.916, 0.791;
# zh 0.939, 0.845. Floors unchanged. The sixty-sixth to sixty-ninth (4,238 items of dating,
# driving-school, game, VR, science-fiction, concept-car, planning, wearable, finance and home-appliance
# copy; 1,734: → 29,832), with the code of the start of their stop: en 0.915, 0.790; zh 0.940, 0.845;
# with their classes: en 0.915, 0.791; zh 0.941, 0.847. Floors unchanged.
RULES_FLOOR = {
    "en": {"precision": 0.89, "f1": 0.77},
    "zh": {"precision": 0.92, "f1": 0.81},
}
DISCLOSURE_FLOOR_F1 = 0.87
# The default run, with the learned paraphrase models (opt-in as `--paraphrase` until the sixth
# round, when their detector brought their precision within a point of the rules'), trained on
# the dev part only and thresholded by cross-validation on it: en precision 0.819, F1 0.808;
# zh 0.867, 0.849. The models are retrained whenever the corpus or the rules' examples change, and
# retraining on four more examples moved English F1 by 0.01 before the weights were averaged; the
# floor leaves that margin.
# With the near misses in the test part: en 0.800, 0.799; zh 0.848, 0.839 with the models unchanged,
# and en 0.811, 0.808; zh 0.859, 0.847 after retraining on the dev part, which now holds the rest;
# with the false-alarm classes: en 0.819, 0.808; zh 0.868, 0.845; with the whole-sentence context
# checks applied to the models' findings too: en 0.827, 0.811; zh 0.879, 0.851; with the realistic
# claims: en 0.848, 0.831; zh 0.881, 0.859; with the second realistic set: en 0.871, 0.849;
# zh 0.896, 0.873. With the sixth round in the test part, the models unchanged (not yet trained
# on its dev part): en 0.863, 0.830; zh 0.888, 0.853. Retrained on the dev part with its sixth-round
# items, each label's own model deciding (format 1): en 0.862, 0.836; zh 0.888, 0.865. With a
# detector that tells claims from compliant copy and category models that only name the category
# (format 2): en 0.894, 0.863; zh 0.919, 0.893. With the sixth round's false-alarm classes (quoted
# claims held up or refused, laws restricting terms, ports and car washes): en 0.897, 0.865;
# zh 0.920, 0.894. With the seventh round in the test part, rules and models unchanged (not yet
# trained on its dev part): en 0.898, 0.861; zh 0.917, 0.881. That reset rounded English F1 down
# to 0.86 and so left none of the retraining margin this floor keeps (see above); retrained on the
# dev part with the seventh round's items, and with its false-alarm classes: en 0.893, 0.859;
# zh 0.918, 0.889. The English F1 floor is 0.85, the documented margin below the reset's 0.861.
# With the detector's weights averaged over three training runs: en 0.899, 0.863; zh 0.918, 0.888.
# With the 798 compliant near misses in the test part, rules and models unchanged: en 0.861, 0.845;
# zh 0.893, 0.877 (floors a retraining margin below: the models are retrained next). Retrained on
# the dev part with them, and with their false-alarm classes: en 0.863, 0.844; zh 0.901, 0.880. With
# use–mention for the models' findings (claims only inside quotations): en 0.865, 0.845; zh 0.907, 0.882.
# With the models' findings cleared on a question answered no: en 0.881, 0.853; zh 0.910, 0.882.
# With the eighth round in the test part (and the other-domain exception on naming, level and
# overclaim rules), models unchanged: en 0.878, 0.853; zh 0.909, 0.889. Retrained on the dev part
# with its items, and with its false-alarm classes and paraphrase families: en 0.878, 0.854;
# zh 0.908, 0.887 (floors keep the retraining margin). With the ninth round in the test part, rules
# and models unchanged: en 0.869, 0.853; zh 0.899, 0.883. Retrained with its dev part, and with its
# classes: en 0.872, 0.856; zh 0.903, 0.888. With the tenth round in the test part, rules and models
# unchanged: en 0.871, 0.852; zh 0.899, 0.883. Retrained with its dev part, and with its classes:
# en 0.869, 0.850; zh 0.902, 0.885. The eleventh round in the test part, models unchanged: en 0.863,
# 0.847; zh 0.899, 0.881; retrained, with its classes: en 0.864, 0.852; zh 0.901, 0.883. The twelfth,
# models unchanged: en 0.860, 0.851; zh 0.902, 0.887; retrained with its classes and with features
# that mark a negation's scope: en 0.861, 0.852; zh 0.906, 0.888. The thirteenth, models unchanged:
# en 0.866, 0.856; zh 0.908, 0.892; retrained with its classes: en 0.872, 0.857; zh 0.910, 0.890;
# with 440 more background sentences: en 0.870, 0.856; zh 0.910, 0.892. The fourteenth, models
# unchanged: en 0.871, 0.856; zh 0.912, 0.895; retrained with its classes: en 0.869, 0.859; zh 0.910,
# 0.896. The fifteenth, models unchanged: en 0.872, 0.863; zh 0.912, 0.898; retrained with its
# classes: en 0.877, 0.865; zh 0.917, 0.901. Floors raised, a retraining margin below those figures.
# The sixteenth, models unchanged: en 0.879, 0.869; zh 0.920, 0.902; retrained with its classes:
# en 0.878, 0.868; zh 0.919, 0.903. Floors unchanged. The seventeenth, models unchanged: en 0.880,
# 0.870; zh 0.921, 0.903; retrained with its classes: en 0.882, 0.870; zh 0.923, 0.906. The
# eighteenth, models unchanged: en 0.879, 0.869; zh 0.921, 0.906; retrained with its classes (and
# CamelCase hashtags split): en 0.884, 0.873; zh 0.922, 0.907. The nineteenth, models unchanged:
# en 0.875, 0.867; zh 0.919, 0.900; retrained with its classes: en 0.875, 0.867; zh 0.919, 0.902;
# with the models also reading a short paragraph whole: en 0.875, 0.868; zh 0.919, 0.903. Floors
# unchanged. The twentieth, models unchanged: en 0.875, 0.868; zh 0.920, 0.903; retrained with its
# classes and the detector trained on naive-Bayes-scaled features at threshold 0.85: en 0.883, 0.871;
# zh 0.918, 0.904. The twenty-first, models unchanged: en 0.883, 0.872; zh 0.917, 0.905; retrained
# with its classes: en 0.886, 0.875; zh 0.916, 0.903 (then model findings cleared by a stated duty).
# The twenty-second, models unchanged: en 0.887, 0.876; zh 0.915, 0.903; retrained with its classes:
# en 0.887, 0.876; zh 0.918, 0.906. The twenty-third, models unchanged: en 0.890, 0.879; zh 0.918,
# 0.907; retrained with its classes: en 0.891, 0.881; zh 0.918, 0.909 (0.919 with 别 glued before).
# Floors raised, a retraining margin below those figures. The twenty-fourth, models unchanged:
# en 0.895, 0.882; zh 0.922, 0.910; retrained with its classes: en 0.894, 0.881; zh 0.923, 0.912.
# The twenty-fifth, models unchanged: en 0.895, 0.880; zh 0.925, 0.913; retrained with its classes:
# en 0.896, 0.881; zh 0.926, 0.915. The twenty-sixth, models unchanged: en 0.897, 0.881; zh 0.927,
# 0.916; retrained with its classes: en 0.897, 0.883; zh 0.927, 0.914. The twenty-seventh, models
# unchanged: en 0.895, 0.880; zh 0.927, 0.914; retrained with its classes: en 0.898, 0.884; zh 0.928,
# 0.916. The twenty-eighth, models unchanged: en 0.900, 0.885; zh 0.929, 0.916; retrained with its
# classes: en 0.897, 0.885; zh 0.929, 0.917. The twenty-ninth, models unchanged: en 0.897, 0.884; zh
# 0.929, 0.918; retrained with its classes: en 0.898, 0.885; zh 0.929, 0.917. The thirtieth and
# thirty-first together, models unchanged: en 0.899, 0.885; zh 0.929, 0.916; retrained with their
# classes: en 0.900, 0.885; zh 0.930, 0.919. The thirty-second and thirty-third together, models
# unchanged: en 0.900, 0.886; zh 0.932, 0.920; retrained with their classes: en 0.898, 0.886;
# zh 0.933, 0.921. The thirty-fourth and thirty-fifth together, models unchanged: en 0.898, 0.885;
# zh 0.931, 0.919; retrained with their classes: en 0.898, 0.884; zh 0.933, 0.921. The thirty-sixth
# and thirty-seventh together, models unchanged: en 0.899, 0.884; zh 0.930, 0.920; retrained with
# their classes: en 0.900, 0.886; zh 0.931, 0.919. The thirty-eighth to forty-first together, models
# unchanged: en 0.895, 0.882; zh 0.931, 0.919; retrained with their classes: en 0.895, 0.882; zh 0.930,
# 0.921. With the forty-second and forty-third, the start of the stop: en 0.893, 0.881; zh 0.931,
# 0.919; retrained with all six rounds' classes: en 0.892, 0.882; zh 0.932, 0.921. With the
# forty-fourth to forty-seventh, the start of the stop: en 0.891, 0.882; zh 0.931, 0.922; retrained
# with their classes: en 0.894, 0.884; zh 0.932, 0.923. With the forty-eighth to fifty-third, the
# start of the stop: en 0.895, 0.881; zh 0.930, 0.921; retrained with their classes: en 0.897, 0.885;
# zh 0.932, 0.923; the English detector with phrase features: en 0.901, 0.887; zh 0.932, 0.922; retrained with
# the last rule examples: en 0.901, 0.886; zh 0.933, 0.923. With the fifty-fourth to fifty-seventh,
# the start of the stop: en 0.901, 0.885; zh 0.931, 0.922; retrained with their classes: en 0.904,
# 0.889; zh 0.931, 0.922. With the fifty-eighth to sixty-first, the start of the stop: en 0.905,
# 0.887; zh 0.931, 0.921; retrained with their classes: en 0.904, 0.888; zh 0.930, 0.921. With the
# sixty-second to sixty-fifth, the start of the stop: en 0.903, 0.885; zh 0.929, 0.920; retrained with
# their classes: en 0.905, 0.887; zh 0.931, 0.922. With the sixty-sixth to sixty-ninth, the start of
# the stop: en 0.903, 0.885; zh 0.932, 0.921; retrained with their classes: en 0.906, 0.886; zh 0.932,
# 0.923.
FLOOR = {
    "en": {"precision": 0.87, "f1": 0.86},
    "zh": {"precision": 0.90, "f1": 0.89},
}


@pytest.fixture(scope="module")
def sentences():
    return evaluate.evaluate(str(CORPUS / "test.jsonl"), Config())


def assert_above(counts, floor: dict, lang: str, mode: str) -> None:
    report = (f"{lang}{mode}: precision {counts.precision:.3f}, recall {counts.recall:.3f}, F1 {counts.f1:.3f} "
              f"(floor {floor}, SPEC bar {SPEC_BAR})")
    assert counts.precision >= floor["precision"], report
    assert counts.f1 >= floor["f1"], report


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_sentence_accuracy_does_not_fall_below_the_floor(sentences, lang):
    assert_above(sentences.by_lang()[lang], FLOOR[lang], lang, "")


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_rules_alone_do_not_fall_below_their_floor(rules_only, lang):
    assert_above(rules_only.by_lang()[lang], RULES_FLOOR[lang], lang, " with --no-paraphrase")


@pytest.fixture(scope="module")
def rules_only():
    return evaluate.evaluate(str(CORPUS / "test.jsonl"), Config(paraphrase=False))


def test_disclosure_on_documents_does_not_fall_below_the_floor():
    documents = evaluate.evaluate(str(CORPUS / "documents-test.jsonl"), Config())
    counts = documents.by_category()["disclosure"]
    assert counts.f1 >= DISCLOSURE_FLOOR_F1, f"disclosure F1 {counts.f1:.3f} (floor {DISCLOSURE_FLOOR_F1})"


def test_floors_are_real_measurements_not_placeholders():
    """A floor of zero would make the gate unable to fail."""
    for lang, floors in [*FLOOR.items(), *RULES_FLOOR.items()]:
        assert all(0.5 <= value <= 1.0 for value in floors.values()), (lang, floors)
    assert DISCLOSURE_FLOOR_F1 >= 0.5


def test_corpus_size_and_split_are_as_documented():
    assert len(evaluate.read_corpus(str(CORPUS / "dev.jsonl"))) + len(evaluate.read_corpus(str(CORPUS / "test.jsonl"))) >= 1000
    import runpy

    split = runpy.run_path(str(CORPUS / "split.py"))
    assert split["check"]() == 0


# Held-out items that are also rule examples, word for word. Real public claims (Tesla's own
# disclaimer, a CEO's words) belong in both; the others are stock phrases the corpus and rule
# authors wrote independently. Together they move the held-out F1 by at most 0.003
# (bench/RESULTS.md). No other held-out item may become a rule example.
KNOWN_OVERLAP = {"en-0076", "en-0142", "en-0198", "en-0567", "zh-0139", "zh-0219", "zh-0271", "zh-0493", "zh3-0017",
                 "en5-0259",  # written by the fifth round's author without seeing the rules
                 "hn-zh-0133",  # a stock warning, written by the near misses' author likewise
                 "rd-en-0164",  # a stock warning, written by the second realistic set's author likewise
                 "en7b-0239",  # a stock reply ("It handles everything."), written by the seventh round's author likewise
                 "en54a-0094"}  # a stock slogan ("Stop babysitting your car."), written by the fifty-fourth round's author likewise


def test_no_held_out_item_is_a_rule_example():
    from claimlint.rules import loader

    key = evaluate.same_text_key
    held_out = {key(item["text"]): item["id"] for item in evaluate.read_corpus(str(CORPUS / "test.jsonl"))}
    copied = {
        held_out[key(example)]
        for ruleset in map(loader.load, loader.bundled_ids())
        for rule in ruleset.rules
        for example in rule.examples_flag + rule.examples_pass
        if key(example) in held_out
    }
    assert copied <= KNOWN_OVERLAP, sorted(copied - KNOWN_OVERLAP)


def test_keyword_baseline_is_measured_by_the_same_command():
    baseline = evaluate.evaluate(str(CORPUS / "dev.jsonl"), Config(), keywords=True)
    assert baseline.method == "keyword baseline"
    assert baseline.overall().total == len(evaluate.read_corpus(str(CORPUS / "dev.jsonl")))
