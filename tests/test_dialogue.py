"""Rule table for speaker attribution in dialogue-heavy fiction (our own invented passages, written in the
manner of nineteenth-century English novels; no text from any corpus or book).

Dialogue rules apply only to text that reads as fiction (many short paragraphs opening with a quotation),
so each passage is put after the same opening: twelve short tagged turns and a few paragraphs of narration
that end that conversation. Only the quotations of the passage itself are checked.

Each case: a passage, then the expected (quote, speaker) pairs in text order; the speaker is the canonical
name (the fullest form of the name, without titles), for a first-person narrator the name the others call
them by, else "I"; None when it cannot be known."""
from __future__ import annotations

import pytest

from quoteattr import extract

OPENING = '"Very well," said Tom Webb.\n\n' * 12 + "The rain fell all that week upon the old house.\n\n" * 7
# cases named interview-*: the same opening told in the present, as interviews in the news are
OPENING_PRESENT = OPENING.replace("said", "says")

CASES = [
    ("tagged-inversion-and-pronoun",
     'Mr. Harcourt came into the library.\n\n'
     '"You are up late," said he.\n\n'
     '"I could not sleep," cried Clara Harcourt.',
     [("You are up late,", "Harcourt"), ("I could not sleep,", "Clara Harcourt")]),
    ("split-by-tag",
     '"To town," said Mr. Harcourt, "on business."',
     [("To town,", "Harcourt"), ("on business.", "Harcourt")]),
    ("action-beat-before-quote",
     'Clara Harcourt was reading beside Mr. Blake.\n\n'
     '"I shall go," said Mr. Blake.\n\n'
     'Clara closed her book. "Shall I ring for some tea?"',
     [("I shall go,", "Blake"), ("Shall I ring for some tea?", "Clara Harcourt")]),
    ("vocative-addressee-replies",
     'Mr. Harcourt came into the library, where Clara sat reading.\n\n'
     '"You are up late, my dear Clara," said he.\n\n'
     '"I could not sleep, papa."',
     [("You are up late, my dear Clara,", "Harcourt"), ("I could not sleep, papa.", "Clara")]),
    ("untagged-turns-alternate",
     '"Is the carriage ready?" asked Lady Vane.\n\n'
     '"Not yet, madam," replied Mr. Tolley.\n\n'
     '"Then we shall be late."\n\n'
     '"The horses are lame."\n\n'
     '"All of them?"',
     [("Is the carriage ready?", "Vane"), ("Not yet, madam,", "Tolley"), ("Then we shall be late.", "Vane"),
      ("The horses are lame.", "Tolley"), ("All of them?", "Vane")]),
    ("relatives-share-a-surname",
     '"Good morning," said Mr. Harcourt.\n\n'
     '"Good morning," said Clara Harcourt.',
     [("Good morning,", "Harcourt"), ("Good morning,", "Clara Harcourt")]),
    ("first-name-is-the-character",
     'Clara Harcourt and Mr. Blake walked on in silence.\n\n'
     '"It is cold," said Mr. Blake.\n\n'
     '"Very cold," said Clara.',
     [("It is cold,", "Blake"), ("Very cold,", "Clara Harcourt")]),
    ("action-beat-after-quote",
     '"We must go," said Mr. Blake.\n\n'
     '"Must we?" Clara Harcourt rose from her chair.',
     [("We must go,", "Blake"), ("Must we?", "Clara Harcourt")]),
    ("beat-overrides-alternation",
     '"Who is there?" asked Lady Vane.\n\n'
     '"Only the post," replied Mr. Tolley.\n\n'
     'Mr. Tolley laid the letters on the table. "Three for you, madam."',
     [("Who is there?", "Vane"), ("Only the post,", "Tolley"), ("Three for you, madam.", "Tolley")]),
    ("pronoun-tag-is-the-other-party",
     'Mr. Blake and Captain Rowe stood at the window.\n\n'
     '"The ship is late," said Mr. Blake.\n\n'
     '"She will come," said he. "The wind has turned."\n\n'
     '"You are too hopeful, Rowe."',
     [("The ship is late,", "Blake"), ("She will come,", "Rowe"), ("The wind has turned.", "Rowe"),
      ("You are too hopeful, Rowe.", "Blake")]),
    ("pronoun-tag-went-on-is-the-same-speaker",
     'Mr. Blake and Captain Rowe stood at the window.\n\n'
     '"The ship is late," said Mr. Blake.\n\n'
     '"She will come," replied Captain Rowe.\n\n'
     '"She always does," he went on.',
     [("The ship is late,", "Blake"), ("She will come,", "Rowe"), ("She always does,", "Rowe")]),
    ("pronoun-tag-gender-picks-the-party",
     'Lady Vane sat with Mr. Tolley.\n\n'
     '"It is late," said Mr. Tolley.\n\n'
     '"Not so very late," said Lady Vane.\n\n'
     '"Late enough," said he.',
     [("It is late,", "Tolley"), ("Not so very late,", "Vane"), ("Late enough,", "Tolley")]),
    ("speaker-in-narration-before",
     'The clock struck nine.\n\n'
     'At length Mr. Blake turned from the window.\n\n'
     '"Then let us dine."',
     [("Then let us dine.", "Blake")]),
    ("multi-paragraph-speech",
     'At length Mr. Blake turned from the window.\n\n'
     '"Then let us dine. We can wait no longer.\n\n'
     '"The ship will come when it comes," he said.',
     [('Then let us dine. We can wait no longer.\n\n"The ship will come when it comes,', "Blake")]),
    ("nested-quote-is-the-outer-speaker",
     '"She said to me, \'I do not believe it,\' and laughed," said Captain Rowe.',
     [("She said to me, 'I do not believe it,' and laughed,", "Rowe")]),
    ("pronoun-tag-after-a-beat-is-the-beat",
     'Mr. Blake and Captain Rowe stood at the window.\n\n'
     '"The ship is late," said Mr. Blake.\n\n'
     '"She will come," replied Captain Rowe.\n\n'
     'Mr. Blake shook his head. "Not today," said he.',
     [("The ship is late,", "Blake"), ("She will come,", "Rowe"), ("Not today,", "Blake")]),
    ("present-tense-he-says-goes-on",
     'Mr. Blake and Captain Rowe sit in the office.\n\n'
     '"The firm is doing well," says Mr. Blake.\n\n'
     '"We hired ten people this year," he says.',
     [("The firm is doing well,", "Blake"), ("We hired ten people this year,", "Blake")]),
    ("addressee-does-not-speak",
     '"Is the carriage ready?" asked Lady Vane.\n\n'
     '"Not yet, madam," replied Mr. Tolley.\n\n'
     '"Then we shall walk."\n\n'
     '"Walk, Lady Vane? In this rain?"\n\n'
     '"You are quite right, Mr. Tolley."',
     [("Is the carriage ready?", "Vane"), ("Not yet, madam,", "Tolley"), ("Then we shall walk.", "Vane"),
      ("Walk, Lady Vane? In this rain?", "Tolley"), ("You are quite right, Mr. Tolley.", "Vane")]),
    ("addressing-the-other-party-the-last-speaker-goes-on",
     '"Is the carriage ready?" asked Lady Vane.\n\n'
     '"Not yet," replied Mr. Tolley.\n\n'
     '"The horses are lame, Lady Vane, all of them."',
     [("Is the carriage ready?", "Vane"), ("Not yet,", "Tolley"),
      ("The horses are lame, Lady Vane, all of them.", "Tolley")]),
    ("pronoun-tag-after-narration-is-its-subject",
     'Mrs. Vane entered the room with her niece, Miss Amy Lorne.\n\n'
     '"Dinner is served," said she.',
     [("Dinner is served,", "Vane")]),
    ("first-name-with-honorific-is-the-character",
     'Colonel Ashby and Miss Elizabeth Lorne walked in the garden.\n\n'
     '"The roses are late this year," said the Colonel.\n\n'
     '"They always are," said Miss Elizabeth.',
     [("The roses are late this year,", "Ashby"), ("They always are,", "Elizabeth Lorne")]),
    ("first-untagged-reply-is-the-listener",
     '"Good night," said Captain Rowe, and went out.\n\n'
     'Mr. Harcourt came into the library, where Miss Amy Lorne sat reading.\n\n'
     '"You are up late," said Mr. Harcourt.\n\n'
     '"I could not sleep."',
     [("Good night,", "Rowe"), ("You are up late,", "Harcourt"), ("I could not sleep.", "Amy Lorne")]),
    ("interview-in-the-present-is-not-a-novel",
     'Mr. Harcourt comes into the office, where Miss Amy Lorne works.\n\n'
     '"We are busy," says Mr. Harcourt.\n\n'
     '"It has been a good year."',
     [("We are busy,", "Harcourt"), ("It has been a good year.", None)]),  # no reply by Amy Lorne guessed
    ("described-speaker-gender-picks-the-party",
     'Lady Vane sat with Mr. Tolley.\n\n'
     '"It is late," said Mr. Tolley.\n\n'
     '"Not so very late," replied the old lady.\n\n'
     '"Late enough for me," returned the gentleman.',
     [("It is late,", "Tolley"), ("Not so very late,", "Vane"), ("Late enough for me,", "Tolley")]),
    ("the-other-is-the-other-party",
     '"Is the carriage ready?" asked Lady Vane.\n\n'
     '"Not yet," replied Mr. Tolley.\n\n'
     '"Then we shall walk," said the other.',
     [("Is the carriage ready?", "Vane"), ("Not yet,", "Tolley"), ("Then we shall walk,", "Vane")]),
    ("described-speaker-before-verb",
     'Mr. Harcourt came into the library, where Miss Amy Lorne sat reading.\n\n'
     '"You are up late," said Mr. Harcourt.\n\n'
     '"I could not sleep," the girl answered.',
     [("You are up late,", "Harcourt"), ("I could not sleep,", "Amy Lorne")]),
    ("capitalised-address-before-a-tag-is-speech",
     'Dr. Fenwick found Old Oakes propped upon his pillows.\n\n'
     '"Well, Oakes," said Dr. Fenwick.',
     [("Well, Oakes,", "Fenwick")]),
    ("split-by-tag-with-adverb",
     '"You are late," said Mr. Blake gravely, "and the coach has gone."',
     [("You are late,", "Blake"), ("and the coach has gone.", "Blake")]),
    ("described-by-an-abbreviated-title",
     'It was past ten when Dr. Fenwick reached the farm, and Mrs. Oakes met him at the door.\n\n'
     '"You are come at last," she said.\n\n'
     '"As soon as I could," said the doctor.',
     [("You are come at last,", "Oakes"), ("As soon as I could,", "Fenwick")]),
    ("turn-after-an-unknown-turn-is-the-one-before",
     'Miss Dorothy Fane broke the seal and went over the page twice.\n\n'
     '"It is from Ambrose," she said at last.\n\n'
     '"From Ambrose!" cried her mother.\n\n'
     '"He is coming home on Thursday."',
     [("It is from Ambrose,", "Dorothy Fane"), ("From Ambrose!", "Fane"),  # her mother: Mrs. Fane
      ("He is coming home on Thursday.", "Dorothy Fane")]),
    ("turn-after-a-nameless-turn-is-the-one-before",
     'Miss Dorothy Fane broke the seal and went over the page twice.\n\n'
     '"It is from Ambrose," she said at last.\n\n'
     '"From Ambrose!" cried someone on the stairs.\n\n'
     '"He is coming home on Thursday."',
     [("It is from Ambrose,", "Dorothy Fane"), ("From Ambrose!", None),
      ("He is coming home on Thursday.", "Dorothy Fane")]),
    ("mrs-and-miss-are-two-people",
     'Miss Dorothy Fane sat by the window.\n\n'
     '"It is from Ambrose," said Miss Dorothy Fane.\n\n'
     'Mrs. Fane put down her cup. "Then the blue room must be aired."',
     [("It is from Ambrose,", "Dorothy Fane"), ("Then the blue room must be aired.", "Fane")]),
    ("reply-after-two-turns-by-one-speaker-is-the-listener",
     'Lady Vane and Mr. Tolley sat by the fire.\n\n'
     '"It is late," said Mr. Tolley.\n\n'
     'Mr. Tolley rose. "Very late," said he.\n\n'
     '"Sit down, Mr. Tolley."',
     [("It is late,", "Tolley"), ("Very late,", "Tolley"), ("Sit down, Mr. Tolley.", "Vane")]),
    ("the-addressee-is-not-the-speaker",
     'Mr. Tolley came in.\n\n'
     '"Good evening," said Mr. Tolley.\n\n'
     'The fire crackled.\n\n'
     '"Good evening, Mr. Tolley."',
     [("Good evening,", "Tolley"), ("Good evening, Mr. Tolley.", None)]),
    ("addressed-after-and-is-not-the-speaker",
     'Miss Dorothy Fane sat at breakfast with her mother.\n\n'
     '"It is from Ambrose," said Miss Dorothy Fane.\n\n'
     '"He writes so seldom," said Mrs. Fane.\n\n'
     'The clock struck.\n\n'
     '"And Dorothy, you will answer it today."',
     [("It is from Ambrose,", "Dorothy Fane"), ("He writes so seldom,", "Fane"),
      ("And Dorothy, you will answer it today.", "Fane")]),
    ("narration-naming-nobody-does-not-break-the-turns",
     '"Is the carriage ready?" asked Lady Vane.\n\n'
     '"Not yet, madam," replied Mr. Tolley.\n\n'
     'Nobody spoke for a while.\n\n'
     '"Then we shall walk."',
     [("Is the carriage ready?", "Vane"), ("Not yet, madam,", "Tolley"), ("Then we shall walk.", "Vane")]),
    ("pronoun-tag-is-not-the-one-addressed",
     'Mr. Blake sat alone when Captain Rowe came in.\n\n'
     '"You are late, Blake," said he.',
     [("You are late, Blake,", "Rowe")]),
    ("beat-opening-with-a-phrase",
     '"We must go," said Mr. Blake.\n\n'
     'After a moment Clara Harcourt looked up. "Must we?"',
     [("We must go,", "Blake"), ("Must we?", "Clara Harcourt")]),
    ("reported-statement-of-a-nameless-speaker-is-narration",
     'Lady Vane and Mr. Tolley sat by the fire.\n\n'
     '"It is late," said Mr. Tolley.\n\n'
     'A servant told them that the carriage stood ready in the yard.\n\n'
     'Mr. Tolley told her that the horses were lame.\n\n'
     '"Then we shall walk," said Lady Vane.',
     [("It is late,", "Tolley"), ("the horses were lame", "Tolley"), ("Then we shall walk,", "Vane")]),
    ("her-father-is-the-man-of-her-surname",
     'Mr. Fane sat at breakfast with Captain Rowe and Dorothy Fane.\n\n'
     '"Captain Rowe came on Monday," said Dorothy Fane.\n\n'
     '"And means to stay, I hope," said Captain Rowe.\n\n'
     '"That he does not," said her father.',
     [("Captain Rowe came on Monday,", "Dorothy Fane"), ("And means to stay, I hope,", "Rowe"),
      ("That he does not,", "Fane")]),
    ("his-sister-shares-his-surname",
     'Ambrose Fane walked home with Lady Vane and Miss Dorothy Fane.\n\n'
     '"The road is long," said Lady Vane.\n\n'
     '"It is shorter by the mill," said Ambrose Fane.\n\n'
     '"It is not," replied his sister.',
     [("The road is long,", "Vane"), ("It is shorter by the mill,", "Ambrose Fane"), ("It is not,", "Dorothy Fane")]),
    ("her-mother-is-mrs-of-her-surname",
     'Mrs. Fane sat at breakfast with Lady Vane and Miss Dorothy Fane.\n\n'
     '"It is from Ambrose," said Miss Dorothy Fane.\n\n'
     '"He writes well," said Lady Vane.\n\n'
     '"He writes seldom," said her mother.',
     [("It is from Ambrose,", "Dorothy Fane"), ("He writes well,", "Vane"), ("He writes seldom,", "Fane")]),
    ("a-named-character-s-mother-is-not-that-character",
     'Mrs. Fane sat at breakfast with Lady Vane and Miss Dorothy Fane.\n\n'
     '"It is from Ambrose," said Miss Dorothy Fane.\n\n'
     '"He writes well," said Lady Vane.\n\n'
     '"He writes seldom," Dorothy Fane\'s mother said.',
     [("It is from Ambrose,", "Dorothy Fane"), ("He writes well,", "Vane"), ("He writes seldom,", "Fane")]),
    ("first-name-and-surname-is-not-mrs-of-that-surname",
     'Mrs. Fane sat by the fire.\n\n'
     '"It is late," said Mrs. Fane.\n\n'
     'Harriet Fane put down her sewing. "It is only nine, mamma."\n\n'
     '"Go to bed, Harriet," said Mrs. Fane.',
     [("It is late,", "Fane"), ("It is only nine, mamma.", "Harriet Fane"), ("Go to bed, Harriet,", "Fane")]),
    ("first-person-narrator-is-a-party",
     'Mr. Blake met me at the gate.\n\n'
     '"You are late," said he.\n\n'
     '"The roads were very bad," said I.\n\n'
     '"They always are in the spring."\n\n'
     '"Not at midsummer."\n\n'
     '"Then come in, and be welcome."\n\n'
     'I followed him into the hall. "Is Miss Blake at home?"\n\n'
     '"She is in the garden," he answered.',
     [("You are late,", "Blake"), ("The roads were very bad,", "I"), ("They always are in the spring.", "Blake"),
      ("Not at midsummer.", "I"), ("Then come in, and be welcome.", "Blake"),
      ("Is Miss Blake at home?", "I"), ("She is in the garden,", "Blake")]),
    ("he-is-never-the-narrator",
     'Captain Rowe and I stood at the window.\n\n'
     '"The ship is late," I said.\n\n'
     '"She will come," said he.',
     [("The ship is late,", "I"), ("She will come,", "Rowe")]),
    ("the-latter-and-the-former",
     'Mr. Blake was talking with Captain Rowe by the fire.\n\n'
     '"You are both very grave," said Lady Vane, coming in.\n\n'
     'Mr. Blake looked at Captain Rowe.\n\n'
     '"We are speaking of the war," replied the latter.\n\n'
     '"And of nothing else," added the former.',
     [("You are both very grave,", "Vane"), ("We are speaking of the war,", "Rowe"), ("And of nothing else,", "Blake")]),
    ("mrs-of-a-surname-is-not-the-woman-named-before-with-a-first-name",
     'Harriet Fane sat at her work by the window.\n\n'
     '"It is only nine," said Harriet Fane.\n\n'
     'Mrs. Fane put down her book. "Go to bed, Harriet."\n\n'
     '"I am not tired, mamma," said Harriet.',
     [("It is only nine,", "Harriet Fane"), ("Go to bed, Harriet.", "Fane"), ("I am not tired, mamma,", "Harriet Fane")]),
    ("a-captain-is-a-man",
     'Captain Rowe and Lady Vane walked on in silence.\n\n'
     '"It grows cold," said Captain Rowe.\n\n'
     '"Very cold," said Lady Vane.\n\n'
     '"We must turn back," said she.',
     [("It grows cold,", "Rowe"), ("Very cold,", "Vane"), ("We must turn back,", "Vane")]),
    ("first-person-narrator-is-the-listener",
     'Mr. Blake met me at the gate, and I saw at once that he was troubled.\n\n'
     '"You are late," said he.\n\n'
     '"The roads were very bad."\n\n'
     '"They always are in the spring."',
     [("You are late,", "Blake"), ("The roads were very bad.", "I"), ("They always are in the spring.", "Blake")]),
    ("one-called-sir-is-a-man",
     'Lady Vane turned to Pym, who stood by the door.\n\n'
     '"Is the carriage ready?" asked Pym.\n\n'
     '"Not yet, sir," replied Lady Vane.\n\n'
     '"It was ordered for nine," said she.',
     [("Is the carriage ready?", "Pym"), ("Not yet, sir,", "Vane"), ("It was ordered for nine,", "Vane")]),
    ("described-speaker-of-neither-party-s-gender-is-a-third-character",
     'Clara Harcourt walked with Colonel Blake and Mr. Tolley along the cliff.\n\n'
     '"The wind is rising," said Mr. Tolley.\n\n'
     '"We shall have a storm," said the Colonel.\n\n'
     '"Then let us go in," said the young lady.',
     [("The wind is rising,", "Tolley"), ("We shall have a storm,", "Blake"), ("Then let us go in,", "Clara Harcourt")]),
    ("turning-to-a-character-addresses-them",
     'Clara Harcourt sat between Mr. Blake and Lady Vane.\n\n'
     '"The roads are bad," said Lady Vane.\n\n'
     '"We must go at once," said Mr. Blake, turning to Clara.\n\n'
     '"Must we indeed?"\n\n'
     '"Before the rain comes."',
     [("The roads are bad,", "Vane"), ("We must go at once,", "Blake"), ("Must we indeed?", "Clara Harcourt"),
      ("Before the rain comes.", "Blake")]),
    ("first-person-narrator-goes-by-the-name-others-call-them",
     'Mr. Blake met me at the gate.\n\n'
     '"You are late, Mr. Lockwood," said he.\n\n'
     '"The roads were very bad," said I.\n\n'
     '"Will you come in, Lockwood?"\n\n'
     '"With pleasure," I answered.',
     [("You are late, Mr. Lockwood,", "Blake"), ("The roads were very bad,", "Lockwood"),
      ("Will you come in, Lockwood?", "Blake"), ("With pleasure,", "Lockwood")]),
    ("action-beat-of-a-relative",
     'Mr. Fane sat at breakfast with Captain Rowe and Dorothy Fane.\n\n'
     '"Captain Rowe came on Monday," said Dorothy Fane.\n\n'
     '"And means to stay, I hope," said Captain Rowe.\n\n'
     'Her father laid down his paper. "That he does not."',
     [("Captain Rowe came on Monday,", "Dorothy Fane"), ("And means to stay, I hope,", "Rowe"),
      ("That he does not.", "Fane")]),
    ("chapter-heading-is-not-a-character",
     'Captain Rowe sat by the fire.\n\n'
     '"Good night," said Captain Rowe, and went out.\n\n'
     'CHAPTER IV.\n\n'
     'Miss Amy Lorne was reading in the library when the post came.\n\n'
     '"A letter for you, miss," said the postman.\n\n'
     '"From whom?"',
     [("Good night,", "Rowe"), ("A letter for you, miss,", None), ("From whom?", None)]),
    ("a-new-chapter-ends-the-conversation",
     '"Is the carriage ready?" asked Lady Vane.\n\n'
     '"Not yet, madam," replied Mr. Tolley.\n\n'
     'Chapter 12\n\n'
     '"Then we shall walk."',
     [("Is the carriage ready?", "Vane"), ("Not yet, madam,", "Tolley"), ("Then we shall walk.", None)]),
    ("a-tag-of-a-nameless-speaker-holds-for-the-paragraph",
     'Mr. Harcourt met the inspector at the door.\n\n'
     '"I am glad to see you, Harcourt," said the inspector. "We are quite at a loss."\n\n'
     '"So I hear."',
     [("I am glad to see you, Harcourt,", None), ("We are quite at a loss.", None), ("So I hear.", "Harcourt")]),
    ("mr-is-not-the-woman-of-that-surname",
     'Margaret Ashby was sewing near the window when her uncle came in.\n\n'
     '"Here is a letter for you, my dear," said Mr. Ashby.\n\n'
     '"May I see it, uncle?"',
     [("Here is a letter for you, my dear,", "Ashby"), ("May I see it, uncle?", "Margaret Ashby")]),
    ("his-wife-never-named-is-mrs-of-his-surname",
     'Mr. Thornbury sat at breakfast with Lucy and his wife.\n\n'
     '"Netherby is let at last," said Mr. Thornbury.\n\n'
     '"I had not heard it," replied his wife.\n\n'
     '"To a young man from the north."',
     [("Netherby is let at last,", "Thornbury"), ("I had not heard it,", "Thornbury"),
      ("To a young man from the north.", "Thornbury")]),
    ("a-beat-opening-the-next-paragraph-is-not-the-tag",
     'Mr. Thornbury sat at breakfast with Lucy.\n\n'
     '"Is he married?" asked Lucy.\n\n'
     '"Quite unmarried, my love, I promise you!"\n\n'
     'Lucy laughed. "Papa, you are teasing me."',
     [("Is he married?", "Lucy"), ("Quite unmarried, my love, I promise you!", "Thornbury"), ("Papa, you are teasing me.", "Lucy")]),
    ("a-contraction-of-i-is-no-character",
     'Captain Rowe stood at the gate, and I\'m sure he had been waiting there an hour.\n\n'
     '"You are late," said Captain Rowe.\n\n'
     '"The roads were very bad."',
     [("You are late,", "Rowe"), ("The roads were very bad.", None)]),  # not "I'm"
    ("pronoun-tag-answering-a-call-by-name",
     'Mr. Farrant and Mr. Harcourt were at the window.\n\n'
     '"Well, Mr. Farrant," said Inspector Lane, "what do you make of it?"\n\n'
     '"It is a pretty little problem," said he.',
     [("Well, Mr. Farrant,", "Lane"), ("what do you make of it?", "Lane"), ("It is a pretty little problem,", "Farrant")]),
    ("pronoun-tag-answering-a-call-in-a-party-of-three",
     'Captain Rowe, Mr. Tolley and Lady Vane sat by the fire.\n\n'
     '"It is late," said Captain Rowe.\n\n'
     '"Not so very late, Mr. Tolley," said Lady Vane.\n\n'
     '"Late enough," said he.',
     [("It is late,", "Rowe"), ("Not so very late, Mr. Tolley,", "Vane"), ("Late enough,", "Tolley")]),
    ("a-name-always-after-the-is-a-place",
     'It was midnight when I came up to the Grange, and Mrs. Tull let me in herself.\n\n'
     '"Come in, sir, come in out of the cold," she said.\n\n'
     '"Is your master ill?"',
     [("Come in, sir, come in out of the cold,", "Tull"), ("Is your master ill?", "I")]),
    ("a-character-named-later-is-not-yet-addressed",
     'Mrs. Fenwick and her daughter Anne sat at work.\n\n'
     '"I met an old friend in the lane," said Mrs. Fenwick.\n\n'
     '"Colonel Dacre!" cried Anne. "Is he come back?"\n\n'
     '"He came on Tuesday."\n\n'
     'Colonel Dacre called on Friday.',
     [("I met an old friend in the lane,", "Fenwick"), ("Colonel Dacre!", "Anne"), ("Is he come back?", "Anne"),
      ("He came on Tuesday.", "Fenwick")]),
    ("a-turn-of-a-name-alone-is-speech",
     'Captain Rowe came into the room where Miss Amy Lorne sat alone.\n\n'
     '"Miss Lorne," said he, bowing.\n\n'
     '"Captain Rowe." She gave him her hand. "You are welcome."',
     [("Miss Lorne,", "Rowe"), ("Captain Rowe.", "Amy Lorne"), ("You are welcome.", "Amy Lorne")]),
    ("a-quotation-inside-narration-is-the-character-s-words",
     'Lady Vane and Mr. Tolley sat by the fire.\n\n'
     '"It is late," said Mr. Tolley.\n\n'
     'Lady Vane only said "Good night," and climbed the stairs to bed.\n\n'
     'Mr. Tolley had called the evening "a sad failure" to the footman.',
     [("It is late,", "Tolley"), ("Good night,", "Vane"), ("a sad failure", "Tolley")]),
    # after a chapter heading, the listener of a first reply and the one a description fits are looked for in
    # the new chapter only
    ("a-first-reply-after-a-heading-looks-in-the-new-chapter",
     'Captain Rowe sat by the fire.\n\n'
     '"Good night," said Captain Rowe.\n\n'
     'CHAPTER II.\n\n'
     '"Is the carriage ready?" asked Lady Vane.\n\n'
     '"Not yet, madam."',
     [("Good night,", "Rowe"), ("Is the carriage ready?", "Vane"), ("Not yet, madam.", None)]),
    ("a-described-speaker-after-a-heading-is-of-the-new-chapter",
     'Mrs. Tull sat by the fire.\n\n'
     '"Good night," said Mrs. Tull.\n\n'
     'CHAPTER II.\n\n'
     '"Is the carriage ready?" asked Mr. Tolley.\n\n'
     '"Not yet," replied the old lady.',
     [("Good night,", "Tull"), ("Is the carriage ready?", "Tolley"), ("Not yet,", None)]),
    # told in the present (an interview's 'says'): a mixed statement stays whole, narration and all
    ("interview-a-mixed-statement-stays-mixed",
     'Lady Vane and Mr. Tolley sit by the fire.\n\n'
     '"It is late," says Mr. Tolley.\n\n'
     'Lady Vane only says "Good night," and goes up to bed.',
     [("It is late,", "Tolley"), ('"Good night," and goes up to bed', "Vane")]),
    ("a-possessive-after-the-verb-names-the-relative",
     'Mrs. Fane sat at work with Lucy Fane.\n\n'
     '"It is late," said Lucy.\n\n'
     '"Not so very late," said Lucy\'s mother.',
     [("It is late,", "Lucy Fane"), ("Not so very late,", "Fane")]),
    ("the-old-man-is-the-one-the-narration-called-old",
     'Dick Ashby, Mary Cole and old Mr. Pryor sat round the kitchen fire.\n\n'
     '"The snow will be deep by morning," said Dick Ashby.\n\n'
     '"Then the sheep must come in tonight," said Mary.\n\n'
     '"You will stay here, lass," said the old man.\n\n'
     '"I will not."\n\n'
     '"Dick, tell her."',
     [("The snow will be deep by morning,", "Dick Ashby"), ("Then the sheep must come in tonight,", "Mary Cole"),
      ("You will stay here, lass,", "Pryor"), ("I will not.", "Mary Cole"), ("Dick, tell her.", "Pryor")]),
    # the opening's Tom Webb has the same first name: the one called is the Tom of this scene
    ("a-first-name-called-is-the-character-of-the-scene",
     'Tom Ashby, Mary Cole and old Mr. Pryor sat round the kitchen fire.\n\n'
     '"The snow will be deep by morning," said Tom Ashby.\n\n'
     '"Then the sheep must come in tonight," said Mary.\n\n'
     'Mr. Pryor knocked out his pipe. "Well, Tom?"\n\n'
     '"I will take the dog."',
     [("The snow will be deep by morning,", "Tom Ashby"), ("Then the sheep must come in tonight,", "Mary Cole"),
      ("Well, Tom?", "Pryor"), ("I will take the dog.", "Tom Ashby")]),
    ("it-was-x-who-said-before-a-quote",
     'Ellen Marsh and Mr. Crane were in the garden with the children.\n\n'
     '"Who has broken the cucumber frame?" asked Ellen.\n\n'
     'It was Mr. Crane who declared, "I fear the fault was mine."\n\n'
     '"You, Mr. Crane?"\n\n'
     'It was the gardener who said, "The boys were at it with a ball, miss."',
     [("Who has broken the cucumber frame?", "Ellen Marsh"), ("I fear the fault was mine.", "Crane"),
      ("You, Mr. Crane?", "Ellen Marsh"), ("The boys were at it with a ball, miss.", None)]),
    ("first-person-narrator-goes-by-the-name-a-reply-calls-them",
     'Mr. Quarles was in the study when I came in.\n\n'
     '"You are back early," said Mr. Quarles.\n\n'
     '"The coach was full, sir," said I.\n\n'
     '"Then sit down, Walter, and warm yourself."\n\n'
     '"Is my aunt at home?" I asked.\n\n'
     '"She is at the rectory, Walter."\n\n'
     '"Then I will go and meet her."',
     [("You are back early,", "Quarles"), ("The coach was full, sir,", "Walter"),
      ("Then sit down, Walter, and warm yourself.", "Quarles"), ("Is my aunt at home?", "Walter"),
      ("She is at the rectory, Walter.", "Quarles"), ("Then I will go and meet her.", "Walter")]),
    ("her-ladyship-and-the-baronet-are-the-titled-characters",
     'Lady Vane sat in the great chair, with Sir George Pym on her right and Squire Allen on her left.\n\n'
     '"You are very quiet tonight, Sir George," said Lady Vane.\n\n'
     '"I am thinking, ma\'am," replied the baronet.\n\n'
     '"Of what?" asked her ladyship.\n\n'
     '"Of the election," said the Squire.',
     [("You are very quiet tonight, Sir George,", "Vane"), ("I am thinking, ma'am,", "George Pym"),
      ("Of what?", "Vane"), ("Of the election,", "Squire Allen")]),
    ("action-beat-after-an-opening-phrase",
     'Mr. Crane and Ellen Marsh sat by the fire.\n\n'
     '"It is late," said Mr. Crane.\n\n'
     '"Not so very late," said Ellen.\n\n'
     'With a little sigh, she put down her work. "But I am tired."\n\n'
     '"Then go to bed."\n\n'
     'Then, turning to the window, Mr. Crane drew back the curtain. "It has stopped raining."',
     [("It is late,", "Crane"), ("Not so very late,", "Ellen Marsh"), ("But I am tired.", "Ellen Marsh"),
      ("Then go to bed.", "Crane"), ("It has stopped raining.", "Crane")]),
    ("action-beat-after-an-opening-word-or-two",
     'Mr. Crane and Ellen Marsh sat by the fire.\n\n'
     '"It is late," said Mr. Crane.\n\n'
     '"Not so very late," said Ellen.\n\n'
     '"Late enough for me."\n\n'
     'At length Mr. Crane rose from his chair. "I must go."\n\n'
     '"Must you?"\n\n'
     'But Ellen only laughed. "You are always going."',
     [("It is late,", "Crane"), ("Not so very late,", "Ellen Marsh"), ("Late enough for me.", "Crane"),
      ("I must go.", "Crane"), ("Must you?", "Ellen Marsh"), ("You are always going.", "Ellen Marsh")]),
    ("action-beat-opening-with-his-or-her",
     'Mr. Crane and Ellen Marsh sat by the fire.\n\n'
     '"It is late," said Mr. Crane.\n\n'
     '"Not so very late," said Ellen.\n\n'
     'Her hands shook a little. "You are always going."\n\n'
     '"Only to the inn."',
     [("It is late,", "Crane"), ("Not so very late,", "Ellen Marsh"), ("You are always going.", "Ellen Marsh"),
      ("Only to the inn.", "Crane")]),
    ("action-beat-of-a-described-character",
     'Dr. Fenwick sat with old Mr. Pryor and Mary Cole in the kitchen.\n\n'
     '"The fever has turned," said Mary.\n\n'
     '"Then he will mend," said Dr. Fenwick.\n\n'
     'The old man shook his head. "Not at my age."\n\n'
     '"Nonsense," said Mary.\n\n'
     'The Doctor smiled. "Your years do not come into it."',
     [("The fever has turned,", "Mary Cole"), ("Then he will mend,", "Fenwick"), ("Not at my age.", "Pryor"),
      ("Nonsense,", "Mary Cole"), ("Your years do not come into it.", "Fenwick")]),
    ("a-described-character-in-the-narration-before-speaks",
     'Dr. Fenwick sat with Mary Cole in the kitchen.\n\n'
     '"The fever has turned," said Mary.\n\n'
     '"Then he will mend," said Dr. Fenwick.\n\n'
     'The doctor crossed to the window and watched the rain.\n\n'
     '"He will be up by Sunday."',
     [("The fever has turned,", "Mary Cole"), ("Then he will mend,", "Fenwick"), ("He will be up by Sunday.", "Fenwick")]),
    ("a-character-called-old-in-the-narration-before-speaks",
     'Mary Cole sat by old Mr. Pryor in the kitchen.\n\n'
     '"The snow is coming," said Mary.\n\n'
     '"It is," said Mr. Pryor.\n\n'
     'The old man rose and peered into the yard.\n\n'
     '"The sheep must come in."',
     [("The snow is coming,", "Mary Cole"), ("It is,", "Pryor"), ("The sheep must come in.", "Pryor")]),
    ("tag-was-all-name-said",
     'Mr. Quayle and Nell Dorrant stood at the gate.\n\n'
     '"We shall see," was all Nell said.',
     [("We shall see,", "Nell Dorrant")]),
    ("tag-was-names-reply",
     'Mr. Quayle and Nell Dorrant stood at the gate.\n\n'
     '"Not before noon," was Nell\'s reply.',
     [("Not before noon,", "Nell Dorrant")]),
    ("tag-was-her-answer",
     'Mr. Quayle and Nell Dorrant stood at the gate.\n\n'
     '"Never," was her answer.',
     [("Never,", "Nell Dorrant")]),
    ("tag-then-said-name-before-quote",
     'Mr. Quayle and Nell Dorrant stood at the gate.\n\n'
     'Then said Nell: "The cart is late again."',
     [("The cart is late again.", "Nell Dorrant")]),
    ("tag-then-said-he-before-quote",
     'Nell Dorrant and Mr. Quayle stood at the gate.\n\n'
     'Then said he, "The cart is late again."',
     [("The cart is late again.", "Quayle")]),
    ("tag-then-said-name-inside-a-paragraph",
     'Mr. Quayle and Nell Dorrant stood at the gate. Then said Nell: "The cart is late again."',
     [("The cart is late again.", "Nell Dorrant")]),
    ("tag-then-said-name-after-another-turn",
     'Mr. Quayle and Nell Dorrant stood at the gate.\n\n'
     '"Go," said Mr. Quayle. Then said Nell, "Not yet."',
     [("Go,", "Quayle"), ("Not yet.", "Nell Dorrant")]),
    # in fiction a verb that may take a noun phrase in news ("criticized the plan") with such an object is an
    # action told by the narrator, no reported statement
    ("noun-phrase-after-expressed-is-no-statement",
     'Mr. Blake expressed his thanks to the whole household at dinner.\n\n'
     '"You are too kind," said Clara Harcourt.',
     [("You are too kind,", "Clara Harcourt")]),
    ("noun-phrase-after-criticized-is-no-statement",
     'Mr. Blake criticized the cold mutton and the thin wine at dinner.\n\n'
     '"You are too harsh," said Clara Harcourt.',
     [("You are too harsh,", "Clara Harcourt")]),
    ("tag-bare-said-name-before-quote-unchanged",
     'Mr. Quayle and Nell Dorrant stood at the gate.\n\n'
     'She said to him: "Not yet."',
     [("Not yet.", "Nell Dorrant")]),
]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_dialogue(name, text, expected):
    opening = OPENING_PRESENT if name.startswith("interview-") else OPENING
    found = [(q.quote, q.speaker) for q in extract(opening + text) if q.start >= len(opening)]
    assert found == expected


@pytest.mark.parametrize("text,lang,after", [
    ("They reached the Grange", "en", True), ("The Grange", "en", True), ("Grange", "en", False),
    ("Let them bathe Grange", "en", False),  # a word ending in 'the' is no article
    ("and at  the Grange", "en", True), ("They reached a Grange", "en", False),
    ("Sie erreichten den Hof", "de", True), ("Sie erreichten einen Hof", "de", False),
])
def test_a_definite_article_before_a_name(text, lang, after):
    from quoteattr.lexicon import load
    from quoteattr.resolve import _after_definite_article

    assert _after_definite_article(text, len(text) - len(text.split()[-1]), load(lang)) == after


def test_an_unnamed_wife_is_not_her_husband():
    # the speaker names alone are "Thornbury" for both: her record says "Mrs.", his does not, and the next turn,
    # untagged, goes back to him
    text = ('Mr. Thornbury sat at breakfast with Lucy and his wife.\n\n'
            '"Netherby is let at last," said Mr. Thornbury.\n\n'
            '"I had not heard it," replied his wife.\n\n'
            '"To a young man from the north."')
    found = [(q.quote, q.speaker, q.speaker_title) for q in extract(OPENING + text) if q.start >= len(OPENING)]
    assert found == [("Netherby is let at last,", "Thornbury", None), ("I had not heard it,", "Thornbury", "Mrs."),
                     ("To a young man from the north.", "Thornbury", None)]


def test_the_mother_of_mrs_fane_is_no_mrs_fane():
    # the stand-in for an unnamed parent is not made when it would be the possessor's own honorific and surname
    text = ('Mrs. Fane sat at work by the window.\n\n'
            '"It is late," said Mrs. Fane.\n\n'
            '"Not so very late, my dear," said her mother.\n\n'
            '"Late enough."')
    found = [(q.quote, q.speaker, q.speaker_title) for q in extract(OPENING + text) if q.start >= len(OPENING)]
    assert found == [("It is late,", "Fane", None), ("Not so very late, my dear,", None, None),
                     ("Late enough.", "Fane", None)]
