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
    # --- mixed and indirect
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
    ("participle-not-inverted", "Tom Hale apologized the next day, saying it was childish.",
     [("indirect", "it was childish", "Tom Hale")]),
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
     "Gov. John Kane of Ohio, a Republican who has refused to endorse Mr. Lopez, said the family deserved better.",
     [("indirect", "the family deserved better", "John Kane")]),
    ("according-to-a-source-phrase", "Lopez now has 723 delegates, according to a count by the news agency.",
     [("indirect", "Lopez now has 723 delegates", None)]),
    ("finding-of-a-survey", "The survey shows that most voters want a change.",
     [("indirect", "most voters want a change", "survey")]),
    ("stance-with-an-object", "Ann Cole dismissed the claim as a stunt.",
     [("indirect", "the claim as a stunt", "Ann Cole")]),
    ("lower-case-modifiers-before-a-name",
     '"There were 24 arrests," party spokesman Sean Fry told me. "For all the hype, the police did well."',
     [("direct", "There were 24 arrests,", "Sean Fry"), ("direct", "For all the hype, the police did well.", "Sean Fry")]),
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
    ("title-case-headline", "Lopez Says We Should Pay Attention To History.",
     [("indirect", "We Should Pay Attention To History", "Lopez")]),
    ("possessive-name-before-the-speaker", "Ann Cole spoke. Ann Cole's campaign says it raised $15 million in May.",
     [("indirect", "it raised $15 million in May", "Ann Cole's campaign")]),
    ("age-and-town-in-apposition", "Bree Stone, 29, of Huntsville, Ala., says her biggest worry is the heat.",
     [("indirect", "her biggest worry is the heat", "Bree Stone")]),
    ("surname-that-is-a-demonym", 'Mark Cuban spoke. "It is too early to tell," said Cuban, a host on TV.',
     [("direct", "It is too early to tell,", "Mark Cuban")]),
    ("demonym-stays-an-adjective", "Mark Cuban spoke. The Cuban government said the plan is dead.",
     [("indirect", "the plan is dead", "Cuban government")]),
    ("possessive-organisation-before-a-name", '"What stuns me is how little the field shifts" Acme\'s Adam Sharp said.',
     [("direct", "What stuns me is how little the field shifts", "Adam Sharp")]),
    ("name-as-a-modifier-is-no-subject",
     'After the Paris talks, Ann Cole wrote a column on the "deep crisis of trust in the city".',
     [("mixed", 'a column on the "deep crisis of trust in the city"', "Ann Cole")]),
    ("contraction-on-a-sentence-adverb", 'Here\'s Ann Cole in 1992: "Our new direction must rest on the new realities."',
     [("direct", "Our new direction must rest on the new realities.", "Ann Cole")]),
    ("content-ends-at-a-semicolon", "Tom Hale said the plan is dead; the council disagreed.",
     [("indirect", "the plan is dead", "Tom Hale")]),
    ("issuer-of-a-statement-speaks", "Later, Senator Ann Cole issued a statement saying that the vote should wait.",
     [("indirect", "the vote should wait", "Ann Cole")]),
    ("collective-noun-with-a-bare-verb", "The police say the man fled on foot.",
     [("indirect", "the man fled on foot", None)]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_shape(name, text, expected):
    got = [(q.kind, q.quote, q.speaker) for q in extract(text)]
    assert got == expected


NOT_STATEMENTS = [
    ("event-title", 'Tom Hale spoke at the conference "Central Asia: Trade and Transit Opportunities" on Friday.'),
    ("scare-quote", 'The so-called "reforms" were dropped after a week.'),
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
    ("coordinated-base-form", "Delegates should vote freely rather than follow rules and state laws that bind them."),
    ("song-title-no-subject", 'In Berlin, the band played "Songs of the Lost Summer Days" on Sunday.'),
    ("short-phrase-no-cue", 'Tom Hale drove a "lemon" for years.'),
    ("cue-noun-after-an-adjective", "It was an important remark that the plan had failed."),
    ("cue-word-as-adjective-after-be", "Ann Cole was welcome to bring whom she liked."),
    ("person-finding-no-statement", "She found that the door was locked."),
    ("cue-word-as-a-noun-after-a-number", "In those three states the vote was close."),
    ("cue-word-as-a-noun-after-an-adjective", "His introductory remarks were so subdued that nobody laughed."),
    ("quote-only-cue-with-a-clause", "His father began building a village on the coast in 1960."),
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
    ("Some 22 percent said they would vote for the mayor.", "Some 22 percent"),
    ("In the poll, 46 percent said the economy is weak.", "46 percent"),
    ("The GOP speechwriter said the plan was dead.", "The GOP speechwriter"),
    ("Lopez leads by four points, according to exit polling data.", "exit polling data"),
    ("According to figures the campaign released Friday, Lopez raised $3 million.",
     "figures the campaign released Friday"),
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
