"""Rule table for stages 3-5: every shape of attribution in quote-styles.md section 1 (our own sentences).

Each case: a text, then the expected statements as (kind, quote, speaker) in text order. `speaker` is the
canonical name, or the mention when the speaker is unresolved on purpose (None)."""
from __future__ import annotations

import pytest

from quoteattr import extract

CASES = [
    # --- direct: adjacency on both sides of the quote
    ("quote-speaker-verb", 'Ana Ruiz chairs the board. "We will win," Ruiz said.',
     [("direct", "We will win,", "Ana Ruiz")]),
    ("inversion-appositive", '"We will win," said Tom Hale, a spokesman for the party.',
     [("direct", "We will win,", "Tom Hale")]),
    ("speaker-verb-colon", 'Tom Hale said: "We will win."', [("direct", "We will win.", "Tom Hale")]),
    ("speaker-told-reporters-comma", 'Tom Hale told reporters, "We will win."', [("direct", "We will win.", "Tom Hale")]),
    ("speaker-said-that-quote", 'Tom Hale said that "we will win this seat".',
     [("direct", "we will win this seat", "Tom Hale")]),
    ("split-across-sentences", '"We will win," Tom Hale said. "And we will win big."',
     [("direct", "We will win,", "Tom Hale"), ("direct", "And we will win big.", "Tom Hale")]),
    ("split-by-cue", '"We will," Tom Hale said, "win this seat."',
     [("direct", "We will,", "Tom Hale"), ("direct", "win this seat.", "Tom Hale")]),
    ("continuation-paragraphs",
     'Tom Hale spoke at the rally.\n"We have waited for years.\n"Now the wait is over," Hale said.',
     [("direct", 'We have waited for years.\n"Now the wait is over,', "Tom Hale")]),
    ("floating-quote", '"We will win," Tom Hale said.\n"Nobody thought this town would vote for change."',
     [("direct", "We will win,", "Tom Hale"),
      ("direct", "Nobody thought this town would vote for change.", "Tom Hale")]),
    ("appositive-between", 'General Mara Voss, the head of the northern command, warned: "The border is not safe."',
     [("direct", "The border is not safe.", "Mara Voss")]),
    ("relative-clause-between", 'Sir Peter Lund, who replaced Ann Cole in July, said: "Nothing has changed."',
     [("direct", "Nothing has changed.", "Peter Lund")]),
    ("auxiliaries-adverbs", 'Tom Hale has also repeatedly warned that "the bridge is failing".',
     [("direct", "the bridge is failing", "Tom Hale")]),
    ("participle-saying", 'Tom Hale left the hall early, saying "I have heard enough today."',
     [("direct", "I have heard enough today.", "Tom Hale")]),
    ("speaker-in-previous-sentence", 'Tom Hale spoke to reporters on Friday.\n"We will win this seat."',
     [("direct", "We will win this seat.", "Tom Hale")]),
    ("dash-attribution", '"The river has never been this low." — Commissioner Jane Doe',
     [("direct", "The river has never been this low.", "Jane Doe")]),
    ("wrote-on-twitter-colon", 'Tom Hale wrote on Twitter:\n"The count is over and we have won."',
     [("direct", "The count is over and we have won.", "Tom Hale")]),
    ("phrasal-pointed-out", '"The numbers do not add up," Tom Hale pointed out.',
     [("direct", "The numbers do not add up,", "Tom Hale")]),
    ("phrasal-expressed-regret", 'Tom Hale expressed regret that "the talks have broken down".',
     [("direct", "the talks have broken down", "Tom Hale")]),
    ("phrasal-went-on-to-say", 'Tom Hale went on to say that "the deal is dead".',
     [("direct", "the deal is dead", "Tom Hale")]),
    ("phrasal-called-for", 'Tom Hale called for "an immediate ceasefire on all fronts".',
     [("direct", "an immediate ceasefire on all fronts", "Tom Hale")]),
    ("noun-cue-in-a-statement", 'The Ministry of Health said in a statement that "all clinics will reopen".',
     [("direct", "all clinics will reopen", "Ministry of Health")]),
    ("question-then-attribution", '"Where was the money?" Tom Hale asked.',
     [("direct", "Where was the money?", "Tom Hale")]),
    # --- direct: speakers of quotes (issue 3)
    ("floating-quote-takes-the-quote-before-not-a-later-one",
     'Mark Hill lost his brother on Sunday. "He was a young father," he said. "A father for the second time, and '
     'he was proud." Friends spoke too. "He taught me everything," Jane Cole wrote.',
     [("direct", "He was a young father,", "Mark Hill"), ("direct", "A father for the second time, and he was proud.",
                                                      "Mark Hill"),
      ("direct", "He taught me everything,", "Jane Cole")]),
    ("appositive-with-a-plural-possessive",
     '"This campaign is changing politics," Jane Doe, Roberts\' campaign manager, said in a statement.',
     [("direct", "This campaign is changing politics,", "Jane Doe")]),
    ("label-after-a-headline-dash",
     'Turnout was higher than ever - Jane Doe: "The count took us all night in the county."',
     [("direct", "The count took us all night in the county.", "Jane Doe")]),
    ("label-with-a-title", 'Former senator Ann Cole: "We learned that from the department itself."',
     [("direct", "We learned that from the department itself.", "Ann Cole")]),
    # (the sentence-subject sieve after it takes both above too: these need the label rule)
    ("label-opening-a-sentence-after-another", 'Jane Doe said the vote was close. Ann Cole: "We learned that."',
     [("indirect", "the vote was close", "Jane Doe"), ("direct", "We learned that.", "Ann Cole")]),
    ("label-after-a-headline-with-a-name", 'Mark Hill was not wrong - Jane Doe: "The polls failed us."',
     [("direct", "The polls failed us.", "Jane Doe")]),
    ("short-sentence-goes-on-after-a-tagged-quote", '"I feel good about our chances," Mark Hill said. "Very good."',
     [("direct", "I feel good about our chances,", "Mark Hill"), ("direct", "Very good.", "Mark Hill")]),
    ("floating-quote-after-reported-speech", 'The mayor is no conservative, Mark Hill said. "He is a liberal at heart."',
     [("indirect", "The mayor is no conservative", "Mark Hill"), ("direct", "He is a liberal at heart.", "Mark Hill")]),
    ("inverted-verb-then-a-described-speaker",
     '"The gap is too wide for her to win," said a Vermont teacher. "She needs to win big."',
     [("direct", "The gap is too wide for her to win,", None), ("direct", "She needs to win big.", None)]),
    ("inverted-verb-then-a-description-with-a-postmodifier",
     '"It was a mess," said one of two clerks who told the same story.',
     [("direct", "It was a mess,", None)]),
    ("description-with-a-postmodifier-before-the-verb",
     '"It was a bad week," a person close to the mayor said.', [("direct", "It was a bad week,", None)]),
    ("description-of-an-age-before-the-verb", 'Jane Doe spoke. "We won," the 46-year-old said.',
     [("direct", "We won,", None)]),
    ("question-then-a-name-with-an-appositive",
     '"I am calling about the survey. Do you have a minute?" Eva Mill, a nurse from the county clinic, said.',
     [("direct", "I am calling about the survey. Do you have a minute?", "Eva Mill")]),
    # --- mixed and indirect
    ("mixed-ends-at-a-quote-closed-by-a-comma-before-a-relative-clause",
     'Ann Cole called the zoning rule a "loophole," which lets firms move abroad.',
     [("mixed", 'the zoning rule a "loophole,"', "Ann Cole")]),
    ("mixed-ends-at-a-quote-closed-by-a-comma-before-but",
     'Ann Cole said the rule was "unfair," but she did not say more.',
     [("mixed", 'the rule was "unfair,"', "Ann Cole")]),
    ("sentence-subject-after-a-preposed-phrase",
     'Jane Doe spoke. In the middle of the long strike, Tom Reed worried that the union was becoming "a '
     'club that serves only itself."',
     [("mixed", 'that the union was becoming "a club that serves only itself."', "Tom Reed")]),
    ("sentence-subject-after-a-short-participle-phrase",
     'Jane Doe spoke. Led by the mayor, Tom Reed worried that the union was becoming "a club for the few."',
     [("mixed", 'that the union was becoming "a club for the few."', "Tom Reed")]),
    ("sentence-subject-after-a-participle-phrase-opening-the-text",
     'Speaking to reporters, Tom Reed worried that the union was becoming "a club for the few."',
     [("mixed", 'that the union was becoming "a club for the few."', "Tom Reed")]),
    ("sentence-subject-after-a-dateline",
     'DENVER — State Sen. Jane Doe on Friday praised the mayor as a "steady hand in any storm."',
     [("direct", "steady hand in any storm.", "Jane Doe")]),
    ("adverbial-between-subject-and-verb",
     'Mark Hill at the time said he had asked his "people" to check the numbers.',
     [("mixed", 'he had asked his "people" to check the numbers', "Mark Hill")]),
    ("unknown-verb-after-an-adjective-and-a-name",
     'Mark Hill spoke first. "Our town will stay our town," an angry Jean Dupont retaliated. "It never gives up."',
     [("direct", "Our town will stay our town,", "Jean Dupont"), ("direct", "It never gives up.", "Jean Dupont")]),
    ("unknown-verb-in-a-short-sentence-after-a-question",
     'Mark Hill spoke. "Could the fee be lowered for students?" Jo Banks pressed. "Maybe for the first year?"',
     [("direct", "Could the fee be lowered for students?", "Jo Banks"),
      ("direct", "Maybe for the first year?", "Jo Banks")]),
    ("labelling-relative-clause-is-reported-whole", 'It was what Mark Hill called a "very bold" approach.',
     [("mixed", 'what Mark Hill called a "very bold" approach', "Mark Hill")]),
    ("a-whether-clause-is-no-labelling-relative-clause",
     'Nobody knows whether Mark Hill called the plan a "disaster."',
     [("mixed", 'the plan a "disaster."', "Mark Hill")]),
    ("labelling-relative-clause-after-which",
     'Ann Cole pointed to the plan, which Mark Hill had called a "disaster" last year.',
     [("mixed", 'which Mark Hill had called a "disaster" last year', "Mark Hill")]),
    ("opening-mark-typed-for-the-closing-one", '“It is unusual,“ said Mark Hill, a lawyer. “It is hard to do.”',
     [("direct", "It is unusual,", "Mark Hill"), ("direct", "It is hard to do.", "Mark Hill")]),
    ("unlisted-verb-and-a-colon-before-the-quote", 'Jane Cole stood up and thundered: "Let us win this in November."',
     [("direct", "Let us win this in November.", "Jane Cole")]),
    ("colon-inside-a-that-clause", 'Mark Hill adds that bakers face a hard pick: "You either raise prices or you close."',
     [("mixed", 'bakers face a hard pick: "You either raise prices or you close."', "Mark Hill")]),
    ("mixed-keeps-a-list-of-quotes", 'Ann Cole called the plan "bold," "costly," and "wrong."',
     [("mixed", 'the plan "bold," "costly," and "wrong."', "Ann Cole")]),
    ("indirect-that", "Tom Hale said that the threat of flooding is increasing.",
     [("indirect", "the threat of flooding is increasing", "Tom Hale")]),
    ("indirect-no-that", "Tom Hale warned the dam might fail within a week.",
     [("indirect", "the dam might fail within a week", "Tom Hale")]),
    ("mixed", 'Tom Hale said the situation is "quickly degrading".',
     [("mixed", 'the situation is "quickly degrading"', "Tom Hale")]),
    ("according-to-front", "According to the Ministry of Health, forty people died in the floods.",
     [("indirect", "forty people died in the floods", "Ministry of Health")]),
    ("according-to-back", "Forty people died in the floods, according to the Ministry of Health.",
     [("indirect", "Forty people died in the floods", "Ministry of Health")]),
    ("parenthetical", "Tom Hale spoke on Monday. The pullout, Hale said, is an admission of failure.",
     [("indirect", "The pullout, Hale said, is an admission of failure", "Tom Hale")]),
    ("content-ends-before-the-occasion", "Tom Hale blamed the county road engineers at a rally on Monday.",
     [("indirect", "the county road engineers", "Tom Hale")]),
    ("clause-ends-before-the-occasion", "Tom Hale said the dam was unsafe in an interview with a local paper.",
     [("indirect", "the dam was unsafe", "Tom Hale")]),
    ("occasion-noun-as-a-modifier-stays", "Tom Hale said the party will spend $9,000 on a radio ad in the town.",
     [("indirect", "the party will spend $9,000 on a radio ad in the town", "Tom Hale")]),
    ("occasion-inside-a-clause-of-its-own-stays", "Tom Hale said he would answer as he did at the hearing.",
     [("indirect", "he would answer as he did at the hearing", "Tom Hale")]),
    ("content-ends-before-a-closing-apposition",
     "Tom Hale said the bridge would reopen in May, a date few engineers believe.",
     [("indirect", "the bridge would reopen in May", "Tom Hale")]),
    ("apposition-inside-the-clause-stays", "Tom Hale said the bridge, a wooden one, would reopen in May.",
     [("indirect", "the bridge, a wooden one, would reopen in May", "Tom Hale")]),
    ("unreported-thought-does-not-split-a-statement",
     "Ann Cole said she did not oppose the tax and hoped that the council would find a compromise.",
     [("indirect", "she did not oppose the tax and hoped that the council would find a compromise", "Ann Cole")]),
    ("unreported-thought-statement-ends-at-the-next-statement",
     "Ann Cole said the tax was fair but feared the vote would fail and said the council would meet.",
     [("indirect", "the tax was fair but feared the vote would fail", "Ann Cole"),
      ("indirect", "the council would meet", "Ann Cole")]),
    ("relative-clause-without-its-subject-keeps-the-cue", "Ann Cole fought the rule that the union says is unfair to farmers.",
     [("indirect", "is unfair to farmers", "union")]),
    ("phrase-before-the-speaker-short-clause-after", "As for the bridge, Ann Cole said it isn't safe.",
     [("indirect", "it isn't safe", "Ann Cole")]),
    ("group-speaker-with-a-modifier", "Rural conservatives say the new fuel tax is unfair.",
     [("indirect", "the new fuel tax is unfair", None)]),
    ("group-speaker-advocates", "Housing advocates said the rent rules were too weak.",
     [("indirect", "the rent rules were too weak", None)]),
    ("say-with-a-present-tense-clause", "Tom Hale says rural voters distrust the new maps.",
     [("indirect", "rural voters distrust the new maps", "Tom Hale")]),
    ("subject-with-a-relative-clause-holding-a-cue",
     "Ann Cole, who calls the levy a fraud, said the county should repeal it.",
     [("indirect", "the county should repeal it", "Ann Cole")]),
    ("source-familiar-with-something", "A person familiar with the budget talks said the deal would fail.",
     [("indirect", "the deal would fail", None)]),
    ("source-close-to-someone", "Two aides close to the governor said the veto would stand.",
     [("indirect", "the veto would stand", None)]),
    ("source-postmodifier-does-not-cross-and", "Tom Hale met a person close to the mayor and said the deal would fail.",
     [("indirect", "the deal would fail", "Tom Hale")]),
    ("poll-share-n-in-10", "In the survey, about six in 10 said the new schools were a priority.",
     [("indirect", "the new schools were a priority", None)]),
    ("poll-share-percent-sign", "Overall, 42% say they are better off than last year.",
     [("indirect", "they are better off than last year", None)]),
    ("after-an-opening-phrase-said-that", "In a shift from the old rules, Ann Cole said that 2,000 farms will get water.",
     [("indirect", "2,000 farms will get water", "Ann Cole")]),
    ("organisation-speaker", "The US Central Command said the withdrawal was nearly complete.",
     [("indirect", "the withdrawal was nearly complete", "US Central Command")]),
    ("coordinated-and-that", "Tom Hale said the road is closed, and that repairs will take a month.",
     [("indirect", "the road is closed, and that repairs will take a month", "Tom Hale")]),
    ("participle-adding-that", "Tom Hale warned of a long winter, adding that fuel stocks are low.",
     [("indirect", "of a long winter", "Tom Hale"), ("indirect", "fuel stocks are low", "Tom Hale")]),
    ("inverted-indirect", "The withdrawal was nearly complete, the US Central Command said.",
     [("indirect", "The withdrawal was nearly complete", "US Central Command")]),
    ("told-addressee-that", "Tom Hale told the regional newspaper that the plant will close.",
     [("indirect", "the plant will close", "Tom Hale")]),
    ("as-speaker-noted-comma", "As the paper noted in an editorial, the council has not met since May.",
     [("indirect", "the council has not met since May", None)]),
    ("unlisted-head-noun-subject", "The radioman pointed out that the tower had been struck twice.",
     [("indirect", "the tower had been struck twice", None)]),
    ("inverted-unlisted-head-noun", '"That belongs to the vicar," said the clergyman.',
     [("direct", "That belongs to the vicar,", None)]),
    ("speech-act-object", "Tom Hale denied the allegations in a short statement.",
     [("indirect", "the allegations in a short statement", "Tom Hale")]),
    ("participle-not-inverted", "Nora Pell apologized on Friday, saying the remark was careless.",
     [("indirect", "the remark was careless", "Nora Pell")]),
    ("labelling-verb-with-quoted-words", 'Tom Hale called the plan "a disgrace" on Monday.',
     [("mixed", 'the plan "a disgrace" on Monday', "Tom Hale")]),
    ("participle-labelling", 'Ann Cole attacked the mayor, calling him "a coward".',
     [("mixed", 'him "a coward"', "Ann Cole")]),
    ("reflexive-between", 'Tom Hale himself said that "the count was fair".',
     [("direct", "the count was fair", "Tom Hale")]),
    ("content-ends-at-dash", "Tom Hale said he would meet the envoy — a first for the council this year.",
     [("indirect", "he would meet the envoy", "Tom Hale")]),
    ("participle-after-comma-inside-quote", 'Tom Hale said the system was "corrupt," noting that fines had doubled.',
     [("mixed", 'the system was "corrupt,"', "Tom Hale"), ("indirect", "fines had doubled", "Tom Hale")]),
    ("acronym-ends-sentence", "Ann Cole said the plan was late in the U.S. He says it will come soon.",
     [("indirect", "the plan was late in the U.S", "Ann Cole"), ("indirect", "it will come soon", None)]),
    ("but-warned-that", 'Union leaders said the offer was "a start", but warned that pay still lags.',
     [("mixed", 'the offer was "a start"', None), ("indirect", "pay still lags", None)]),
    ("content-stops-at-a-new-clause", "Tom Hale said the role would be narrow, and he left the room early.",
     [("indirect", "the role would be narrow", "Tom Hale")]),
    ("coordinated-that-clause-continues", "Tom Hale said the role would be narrow, and that the plan was sound.",
     [("indirect", "the role would be narrow, and that the plan was sound", "Tom Hale")]),
    ("sentence-subject-without-cue",
     'Judge Alan Smith compared the forums to a place where rights are "trampled underfoot by anonymous users".',
     [("mixed", 'the forums to a place where rights are "trampled underfoot by anonymous users"', "Alan Smith")]),
    ("sentence-subject-without-a-verb-after-it",
     'Judge Alan Smith, in his ruling on forums where rights are "trampled underfoot by anonymous users", was blunt.',
     [("direct", "trampled underfoot by anonymous users", "Alan Smith")]),
    ("inversion-after-a-verb-of-feeling", "Ann Cole spoke on Monday. The new flag feels dated, she said.",
     [("indirect", "The new flag feels dated", "Ann Cole")]),
    ("content-with-irregular-past", "Ann Cole said her aides took the files home.",
     [("indirect", "her aides took the files home", "Ann Cole")]),
    ("content-with-present-tense", "Ann Cole said the new flag seems dated.",
     [("indirect", "the new flag seems dated", "Ann Cole")]),
    ("appositive-with-abbreviations",
     "Gov. Laura Talbot of Vermont, a Democrat who has declined to back Mr. Orwin, said the orchard deserved protection.",
     [("indirect", "the orchard deserved protection", "Laura Talbot")]),
    ("according-to-a-source-phrase", "Orwin now holds 418 seats, according to a tally by the local radio.",
     [("indirect", "Orwin now holds 418 seats", None)]),
    ("finding-of-a-survey", "The survey shows that most voters want a change.",
     [("indirect", "most voters want a change", "survey")]),
    ("stance-with-an-object", "Ann Cole dismissed the claim as a stunt.",
     [("indirect", "the claim as a stunt", "Ann Cole")]),
    ("lower-case-modifiers-before-a-name",
     '"We counted 31 boats," harbour spokesman Sean Fry told me. "Despite the wind, the crews did well."',
     [("direct", "We counted 31 boats,", "Sean Fry"), ("direct", "Despite the wind, the crews did well.", "Sean Fry")]),
    ("told-names-the-addressee-not-the-speaker",
     '"It will happen sooner or later," the mayor\'s chief of staff, Joe Kasey, told the Gazette.',
     [("direct", "It will happen sooner or later,", "Joe Kasey")]),
    ("party-tag-after-the-name", 'Senator Ana Ruiz (D-Nev.) told reporters that the deal "may be illegal".',
     [("mixed", 'the deal "may be illegal"', "Ana Ruiz")]),
    ("party-tag-before-an-appositive",
     "Rep. Tom Hale (R-Ohio), chair of the committee, said the hearing will go ahead.",
     [("indirect", "the hearing will go ahead", "Tom Hale")]),
    ("organisation-and-modifiers-before-a-name",
     '"It is over," Lopez campaign spokeswoman Hope Hale said in a statement. "We will appeal."',
     [("direct", "It is over,", "Hope Hale"), ("direct", "We will appeal.", "Hope Hale")]),
    ("inversion-with-modifiers-before-the-name", '"I disagree," said retired Army Gen. Mick Bedner, who served in Iraq.',
     [("direct", "I disagree,", "Mick Bedner")]),
    ("coordinated-names-before-the-cue", '"It is a feeling," Ed Dover and Gabe Deben wrote.',
     [("direct", "It is a feeling,", "Gabe Deben")]),
    ("party-adjective-before-a-title", '"Lopez is the vote for change," Republican strategist Fred Dale said.',
     [("direct", "Lopez is the vote for change,", "Fred Dale")]),
    ("organisation-before-a-title", '"We see a drop," super PAC spokeswoman Kelly Conn said.',
     [("direct", "We see a drop,", "Kelly Conn")]),
    ("demonym-as-a-description", 'Tom Hale is from Austin. "They are very skilled governors," the Texan said.',
     [("direct", "They are very skilled governors,", None)]),
    ("participle-after-an-inversion", "Ann Cole ran the stall. Sales were good this year, she said, wiping her face.",
     [("indirect", "Sales were good this year", "Ann Cole")]),
    ("accuse-keeps-its-object", 'Ann Cole accused the mayor of "hiding from voters" on Monday.',
     [("mixed", 'the mayor of "hiding from voters" on Monday', "Ann Cole")]),
    ("second-participle-ends-the-first", 'Ann Cole attacked the plan, calling it "reckless" and asking for a vote.',
     [("mixed", 'it "reckless"', "Ann Cole")]),
    ("labelling-verb-then-coordinated-cue",
     'Ann Cole describes herself as "totally loyal" and has said that she gave money.',
     [("mixed", 'herself as "totally loyal"', "Ann Cole"), ("indirect", "she gave money", "Ann Cole")]),
    ("according-to-inside-the-sentence", "Among the cases at risk, according to Ann Cole, are 16 on unions.",
     [("indirect", "Among the cases at risk, according to Ann Cole, are 16 on unions", "Ann Cole")]),
    ("title-case-headline", "Marlow Says Farmers Must Plant Earlier This Year.",
     [("indirect", "Farmers Must Plant Earlier This Year", "Marlow")]),
    ("possessive-name-before-the-speaker", "Ann Cole spoke. Ann Cole's campaign says it raised $15 million in May.",
     [("indirect", "it raised $15 million in May", "Ann Cole's campaign")]),
    ("age-and-town-in-apposition", "Colm Arden, 41, of Salem, Ore., says his main concern is the ferry.",
     [("indirect", "his main concern is the ferry", "Colm Arden")]),
    ("surname-that-is-a-demonym", 'Mark Cuban spoke. "We will know more by spring," said Cuban, a host on TV.',
     [("direct", "We will know more by spring,", "Mark Cuban")]),
    ("demonym-stays-an-adjective", "Mark Cuban spoke. The Cuban government said the plan is dead.",
     [("indirect", "the plan is dead", "Cuban government")]),
    ("possessive-organisation-before-a-name", '"What puzzles us is how quickly the tide turns" Borlex\'s Dana Wick said.',
     [("direct", "What puzzles us is how quickly the tide turns", "Dana Wick")]),
    ("name-as-a-modifier-is-no-subject",
     'After the Paris talks, Ann Cole wrote a column on the "deep crisis of trust in the city".',
     [("mixed", 'a column on the "deep crisis of trust in the city"', "Ann Cole")]),
    ("contraction-on-a-sentence-adverb", 'Here\'s Ida Vance in 1978: "Every bridge we build should outlast its builders."',
     [("direct", "Every bridge we build should outlast its builders.", "Ida Vance")]),
    ("content-ends-at-a-semicolon", "Tom Hale said the plan is dead; the council disagreed.",
     [("indirect", "the plan is dead", "Tom Hale")]),
    ("issuer-of-a-statement-speaks", "Later, Senator Ann Cole issued a statement saying that the vote should wait.",
     [("indirect", "the vote should wait", "Ann Cole")]),
    ("collective-noun-with-a-bare-verb", "The police say the man fled on foot.",
     [("indirect", "the man fled on foot", None)]),
    ("clause-before-told-and-its-addressee", "The bridge will close for a year, the mayor told reporters on Monday.",
     [("indirect", "The bridge will close for a year", None)]),
    ("adverbial-clause-before-a-cue-and-its-content",
     "When the vote was over, Mayor Ana Ruiz reminded voters that the bridge would close.",
     [("indirect", "the bridge would close", "Ana Ruiz")]),
    ("according-to-with-an-appositive-after-the-source",
     "Turnout among young voters is lower than it has ever been, according to Ann Cole, a pollster who ran the survey.",
     [("indirect", "Turnout among young voters is lower than it has ever been", "Ann Cole")]),
    ("according-to-after-a-connective", "But, according to the survey, most county voters have yet to choose.",
     [("indirect", "most county voters have yet to choose", "survey")]),
    ("according-to-a-long-source-ending-at-a-comma",
     "According to the first figures of a survey run by a polling institute for two big broadcasters, most voters "
     "backed the mayor.",
     [("indirect", "most voters backed the mayor", None)]),
    ("noun-form-as-a-verb-after-a-pronoun", "The charter was signed in 1990. It states that every member may vote.",
     [("indirect", "every member may vote", None)]),
    ("noun-form-as-a-verb-after-a-determiner-and-noun", '"Entry is free," the leaflet states.',
     [("direct", "Entry is free,", None)]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_shape(name, text, expected):
    got = [(q.kind, q.quote, q.speaker) for q in extract(text)]
    assert got == expected


NOT_STATEMENTS = [
    ("event-title", 'Tom Hale spoke at the conference "Central Asia: Trade and Transit Opportunities" on Friday.'),
    ("scare-quote", 'The so-called "reforms" were dropped after a week.'),
    ("colon-after-a-prepositional-phrase-is-no-label",
     'From the Harlow survey: "On average, plots with more shade yielded smaller crops."'),
    ("nickname", 'A man who goes by the name "Shorty" was arrested.'),
    ("book-title", 'Her new book, "The Long Road Home", sold well.'),
    ("motto", 'The town motto, "Onward Together", hangs over the door.'),
    ("belief-verb", "Tom Hale believes the plan will fail."),
    ("labelling-verb-without-marks", "Tom Hale called a meeting for Monday."),
    ("negated-verb", "Tom Hale did not say the plan would fail."),
    ("wrote-an-object", "Tom Hale wrote the first draft of the bill in 2019."),
    ("passive-cue", "The plan was sharply criticized by economists at the bank."),
    ("relative-clause-cue-with-object", "Tom Hale, who advises the mayor, is no fan of the plan."),
    ("noun-phrase-after-clause-verb", "Tom Hale maintained his double-digit lead in the polls."),
    ("participle-with-object", "A video from the group threatening an attack was posted online."),
    ("coordinated-base-form", "Players should train hard rather than ignore coaches and state guidelines that limit them."),
    ("song-title-no-subject", 'In Berlin, the band played "Songs of the Lost Summer Days" on Sunday.'),
    ("short-phrase-no-cue", 'Tom Hale drove a "lemon" for years.'),
    ("cue-noun-after-an-adjective", "It was an important remark that the plan had failed."),
    ("cue-word-as-adjective-after-be", "Ann Cole was welcome to bring whom she liked."),
    ("person-finding-no-statement", "She found that the door was locked."),
    ("cue-word-as-a-noun-after-a-number", "In those three states the vote was close."),
    ("cue-word-as-a-noun-after-an-adjective", "Her closing remarks were so quiet that nobody clapped."),
    ("cue-word-as-a-plural-noun-before-a-modal", "The swing states would decide the race if the turnout stayed low."),
    ("cue-word-as-a-plural-noun-after-an-adjective", "The northern states would lose the funds if the bill passed."),
    ("cue-word-as-a-plural-noun-before-a-dash", "The battleground states - Ohio and Iowa - will decide the race."),
    ("cue-word-as-a-plural-noun-before-be", "His angry remarks are not helping the party in the suburbs."),
    ("say-with-a-noun-phrase-object", "Tom Hale said grace before the long family dinner."),
    ("quote-only-cue-with-a-clause", "His father began building a village on the coast in 1960."),
    ("according-to-a-long-clause-is-no-source",
     "According to reports that the mayor had signed the deal on Friday in the old town hall the council met again."),
    ("noun-form-after-a-quantifier", "In some states, turnout rose sharply after the new law passed."),
    ("noun-form-after-a-name", "Ana Ruiz toured the Corn Belt states, and farmers there welcomed her plan."),
    ("noun-form-after-a-modifier", "Lake County is a swing state, but both parties have ignored it."),
    ("adverbial-clause-before-a-verb-with-an-object",
     "Once the count was over, the senator conceded the race."),
    ("adverbial-clause-before-a-request", "Once the judges declined the appeal, the governor asked the council for help."),
]


@pytest.mark.parametrize("name,text", NOT_STATEMENTS, ids=[c[0] for c in NOT_STATEMENTS])
def test_not_a_statement(name, text):
    assert extract(text) == []


def test_beliefs_are_reported_on_request():
    got = extract("Tom Hale believes the plan will fail.", beliefs=True)
    assert [(q.kind, q.quote, q.speaker) for q in got] == [("indirect", "the plan will fail", "Tom Hale")]


def test_every_record_carries_rule_confidence_and_offsets():
    text = 'Tom Hale said: "We will win."'
    (q,) = extract(text)
    assert text[q.start:q.end] == q.quote
    assert text[q.mention_start:q.mention_end] == q.mention == "Tom Hale"
    assert text[q.cue_start:q.cue_end] == q.cue == "said"
    assert q.rule and 0 < q.confidence <= 1


def test_a_name_takes_the_gender_of_the_pronouns_that_follow_it():
    # "Lowe" and "Darcy" are in no list of first names; the pronouns after "Lowe" tell that Lowe is a she
    text = ("Lowe came in, and she smiled. Lowe sat down, and she waited. Darcy stood by the door.\n\n"
            '"Good evening to you all," she said.')
    assert [(q.quote, q.speaker) for q in extract(text)] == [("Good evening to you all,", "Lowe")]


@pytest.mark.parametrize("text,mention", [
    ("The count is fair, local election officials said.", "local election officials"),
    ("Some 37 percent said they might skip the festival.", "Some 37 percent"),
    ("In the poll, 46 percent said the economy is weak.", "46 percent"),
    ("The GOP speechwriter said the plan was dead.", "The GOP speechwriter"),
    ("Lopez leads by four points, according to exit polling data.", "exit polling data"),
    ("According to figures the campaign released Friday, Lopez raised $3 million.",
     "figures the campaign released Friday"),
    ("A person familiar with the budget talks said the deal would fail.", "A person"),
    ("Two aides close to the governor said the veto would stand.", "Two aides"),
    ("Overall, 42% say they are better off than last year.", "42%"),
    ("In the survey, about six in 10 said the new schools were a priority.", "about six in 10"),
    # a cue in its -s form before a dash is a verb after a name, and before an aside followed by "that"
    ("Ann Cole says - without any proof - that the vote was rigged.", "Ann Cole"),
    ("The union says - and the mayor agrees - that the levy is unfair.", "The union"),
])
def test_speaker_mentions_keep_their_modifiers(text, mention):
    assert [q.mention for q in extract(text)] == [mention]


@pytest.mark.parametrize("text,name,title", [
    ("Senate Minority Leader Ann Reid said the bill is dead.", "Ann Reid", "Senate Minority Leader"),
    ("Bank of England Governor Mark Carr said rates will rise.", "Mark Carr", "Bank of England Governor"),
    ("The Bank of England said rates will rise.", "Bank of England", None),
])
def test_a_title_with_an_organisation_in_it_is_split_from_the_name(text, name, title):
    [q] = extract(text)
    assert (q.speaker, q.speaker_title) == (name, title)


@pytest.mark.parametrize("text,mention", [
    ('"The gap is too wide," said a Vermont teacher.', "a Vermont teacher"),
    ('"It was a mess," said one of two clerks who told the story.', "one of two clerks"),
    ('"It was a bad week," a person close to the mayor said.', "a person close to the mayor"),
    ('"It was a bad week", a person close to the mayor said.', "a person close to the mayor"),  # comma outside
    ('"It was a bad week," one senior aide said.', "one senior aide"),
    ('"We won," the former governor Jane Doe said.', "former governor Jane Doe"),
])
def test_described_speakers_of_quotes(text, mention):
    assert [q.mention for q in extract(text)] == [mention]


def test_a_time_phrase_after_the_verb_is_no_speaker():
    assert [q.mention for q in extract('"We will win," said a week later the mayor.')] == [None]


def test_an_adverbial_in_a_relative_clause_is_no_speaker():
    text = 'Ann Cole, who has in the past month described the mayor as "a disaster," spoke.'
    assert [q.mention for q in extract(text)] == ["Ann Cole"]


@pytest.mark.parametrize("text,mention,speaker", [
    ("The plan was dropped. Ann Cole, who proposed a rival budget last week, voted no.", "who", "Ann Cole"),
    ("Tom Hale, who has also said that the bridge is unsafe, left the meeting early.", "who", "Tom Hale"),
    ("Tom Hale, who chairs the board, said the bridge is unsafe.", "Tom Hale", "Tom Hale"),
])
def test_a_relative_pronoun_before_the_cue_is_the_mention(text, mention, speaker):
    (q,) = extract(text)
    assert (q.mention, text[q.mention_start:q.mention_end], q.speaker) == (mention, mention, speaker)

