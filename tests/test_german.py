"""German: lexicons, quotation marks, verb-second word order, subjunctive reported speech (our own sentences)."""
from __future__ import annotations

import pytest

from quoteattr import extract
from quoteattr.lexicon import detect_language, load

CASES = [
    ("quote-comma-verb-speaker", "„Wir sind bereit“, sagte Bundeskanzlerin Angela Merkel am Montag.",
     [("direct", "Wir sind bereit", "Angela Merkel")]),
    ("guillemets", "»Das ist ein guter Tag«, sagte Ministerin Anna Berg.",
     [("direct", "Das ist ein guter Tag", "Anna Berg")]),
    ("speaker-verb-comma-subjunctive", "Innenminister Peter Schaar sagte, die Lage sei ernst.",
     [("indirect", "die Lage sei ernst", "Peter Schaar")]),
    ("speaker-verb-dass", "Peter Schaar erklärte am Dienstag, dass das Gesetz im Herbst komme.",
     [("indirect", "das Gesetz im Herbst komme", "Peter Schaar")]),
    ("verb-second", "Am Dienstag erklärte der Minister, das Gesetz komme im Herbst.",
     [("indirect", "das Gesetz komme im Herbst", None)]),
    ("separable-verb-inverted", "Der Unfall kostete 40 Menschen das Leben, teilte die Polizei mit.",
     [("indirect", "Der Unfall kostete 40 Menschen das Leben", "Polizei")]),
    ("so-attribution", "„Die Lage ist ernst“, so Innenminister Peter Schaar.",
     [("direct", "Die Lage ist ernst", "Peter Schaar")]),
    ("laut", "Laut Innenminister Peter Schaar sollen 50 Menschen verletzt worden sein.",
     [("indirect", "sollen 50 Menschen verletzt worden sein", "Peter Schaar")]),
    ("zufolge", "Den Behörden zufolge wurden am Sonntag 17 Menschen verletzt.",
     [("indirect", "wurden am Sonntag 17 Menschen verletzt", None)]),
    ("subjunctive-continuation", "Peter Schaar sagte, die Lage sei ernst. Es gebe keine schnelle Lösung.",
     [("indirect", "die Lage sei ernst", "Peter Schaar"), ("indirect", "Es gebe keine schnelle Lösung", "Peter Schaar")]),
    ("subjunctive-run-is-one-passage", "Peter Schaar sagte, die Lage sei ernst. Es gebe keine Lösung. Man müsse warten.",
     [("indirect", "die Lage sei ernst", "Peter Schaar"),
      ("indirect", "Es gebe keine Lösung. Man müsse warten", "Peter Schaar")]),
    ("common-noun-is-no-speaker", "Der Unfall sagte nichts über die Ursache.", []),
    ("object-noun-phrase-is-no-statement", "Peter Schaar bestreitet die Vorwürfe gegen seine Person.", []),
    ("verb-final-participle-is-no-statement",
     "Das Urteil, das vom Vorsitzenden Richter Seidling verkündet wurde, führte zu Jubel.", []),
    ("adverb-and-noun-phrase-is-no-clause", "Flick bestritt jedoch jede Mitwisserschaft.", []),
    ("parenthesised-source-is-no-statement", "Kurz vor Weihnachten (Wikinews berichtete) hatte die Behörde ermittelt.",
     []),
    ("separable-verb-object-is-no-statement", "Der Bundestag lehnte den Gesetzentwurf der Regierung am Freitag ab.", []),
    ("separable-verb-particle-before-content", "Peter Schaar fügte hinzu, die Lage sei ernst.",
     [("indirect", "die Lage sei ernst", "Peter Schaar")]),
    ("perfect-with-time-content-starts-with-preposition",
     "Der Regierungssprecher Béla Anda hatte am Mittwoch erklärt, für den Kanzler sei entscheidend, ob er bleibt.",
     [("indirect", "für den Kanzler sei entscheidend, ob er bleibt", "Béla Anda")]),
    ("wie-clause-then-verb-first", "Wie Möllring erklärte, sieht die Regierung kein Hindernis.",
     [("indirect", "sieht die Regierung kein Hindernis", "Möllring")]),
    ("noun-cue-then-comma", "Müller sagte in einem Interview, die Lage sei ernst.",
     [("indirect", "die Lage sei ernst", "Müller")]),
    ("noun-cue-then-dass", "Müller sagte in einem Interview, dass die Lage ernst sei.",
     [("indirect", "die Lage ernst sei", "Müller")]),
    ("pronominal-adverb-after-cue", "Müller warnte davor, der Sturm könnte große Schäden anrichten.",
     [("indirect", "der Sturm könnte große Schäden anrichten", "Müller")]),
    ("ordinal-date-is-no-sentence-end", "Die Frist ende am 25. Oktober, sagte Müller.",
     [("indirect", "Die Frist ende am 25. Oktober", "Müller")]),
    ("zufolge-after-a-description", "Der Meldung zufolge kam das Team zu dem Schluss, dass die Zahl sinkt.",
     [("indirect", "kam das Team zu dem Schluss, dass die Zahl sinkt", None)]),
    ("laut-inside-the-clause", "In den Bergen sind laut Augenzeugen weit mehr Menschen umgekommen.",
     [("indirect", "In den Bergen sind laut Augenzeugen weit mehr Menschen umgekommen", None)]),
    # the quoted words inside reported speech are also a direct quote (the German news convention)
    ("quoted-fragment", "Peter Schaar sagte, die Lage sei „sehr ernst und bedrohlich“.",
     [("mixed", "die Lage sei „sehr ernst und bedrohlich“", "Peter Schaar"),
      ("direct", "sehr ernst und bedrohlich", "Peter Schaar")]),
    ("fronted-phrase-then-verb-then-subject",
     "Gegenüber dem Tagesspiegel sagte Peter Schaar: „Es ist so, wie wir es erwartet haben.“",
     [("direct", "Es ist so, wie wir es erwartet haben.", "Peter Schaar")]),
    ("nach-ansicht-des", "Nach Ansicht des Generalanwalts schreckt die Regel viele Anleger ab.",
     [("indirect", "schreckt die Regel viele Anleger ab", None)]),
    ("subjunctive-after-a-sentence-about-the-speaker",
     "Innenminister Peter Schaar sieht den Streit gelassen. Von den Vorwürfen habe man nichts gewusst.",
     [("indirect", "Von den Vorwürfen habe man nichts gewusst", "Peter Schaar")]),
    ("subjunctive-continuation-with-quoted-words",
     "Peter Schaar sagte, die Lage sei ernst. Außerdem sei der Schritt „überfällig und dringend geboten“.",
     [("indirect", "die Lage sei ernst", "Peter Schaar"),
      ("mixed", "Außerdem sei der Schritt „überfällig und dringend geboten“", "Peter Schaar"),
      ("direct", "überfällig und dringend geboten", "Peter Schaar")]),
    ("object-in-marks-is-a-direct-fragment", "Ministerin Anna Berg bezeichnete den Plan als „unausgegoren“.",
     [("direct", "unausgegoren", "Anna Berg")]),
    ("quoted-clause-stays-mixed", "Peter Schaar sagte, die Lage sei „sehr ernst“.",
     [("mixed", "die Lage sei „sehr ernst“", "Peter Schaar"), ("direct", "sehr ernst", "Peter Schaar")]),
    ("separable-verb-quoted-object", "Max Huber wies den Vorwurf als „völlig absurd“ zurück.",
     [("direct", "völlig absurd", "Max Huber")]),
    ("quoted-words-before-the-verb", "Von einer „schweren Krise“ sprach der Parteichef Max Muster.",
     [("direct", "schweren Krise", "Max Muster")]),
    ("quoted-words-before-the-verb-als", "Als „unausgegoren“ bezeichnete die Ministerin Anna Berg den Plan.",
     [("direct", "unausgegoren", "Anna Berg")]),
    ("verb-final-quoted-object", "Die Ministerin Anna Berg hatte den Plan als „unausgegoren“ bezeichnet.",
     [("direct", "unausgegoren", "Anna Berg")]),
    ("verb-final-passive-subject-is-no-speaker", "Die Pläne werden von Kennern als „gewagt“ bezeichnet.", []),
    ("name-after-a-naming-noun", "Der Minister Peter Schaar sagte der Wochenzeitung „Kurier“, die Lage sei ernst.",
     [("mixed", "„Kurier“, die Lage sei ernst", "Peter Schaar")]),
    ("unlisted-name-after-the-verb", "„Das ist erst der Anfang“, fügte Okonkwo hinzu.",
     [("direct", "Das ist erst der Anfang", "Okonkwo")]),
    ("newspaper-in-marks-after-the-verb", "„Wir bleiben zuversichtlich“, schrieb „Die Post“ in einem Kommentar.",
     [("direct", "Wir bleiben zuversichtlich", "Die Post")]),
    ("object-after-the-verb-is-no-speech", "Die Ministerin Anna Berg kritisierte den Beschluss der Kommission scharf.", []),
    ("object-then-subjunctive-clause", "Eine Sprecherin bestätigte den Verdacht, es handele sich um Betrug.",
     [("indirect", "den Verdacht, es handele sich um Betrug", None)]),
    ("subjunctive-sentence-with-its-own-verb-is-no-continuation",
     "Peter Schaar sagte, die Lage sei ernst. Der Helfer Jan Wolf aus der „Stadtmission“ meinte, es gebe Hoffnung.",
     [("indirect", "die Lage sei ernst", "Peter Schaar")]),
    ("reflexive-between-verb-and-speaker", "„Damals war alles anders“, erinnerte sich Peter Müller später.",
     [("direct", "Damals war alles anders", "Peter Müller")]),
    ("zeigte-sich", "„Wir haben jetzt vier Punkte“, zeigte sich Trainer Jan Wolf nach dem Spiel zufrieden.",
     [("direct", "Wir haben jetzt vier Punkte", "Jan Wolf")]),
    ("closing-mark-without-comma", "„Wir sind angekommen.“ erklärte Ministerin Anna Berg.",
     [("direct", "Wir sind angekommen.", "Anna Berg")]),
    ("passive-quoting-after-the-quote", "„Wir bleiben bei der Mission“, wird Peter Schaar zitiert.",
     [("direct", "Wir bleiben bei der Mission", "Peter Schaar")]),
    ("verlauten-lassen", "„Wir helfen gern“, ließ Ministerin Anna Berg kurz verlauten.",
     [("direct", "Wir helfen gern", "Anna Berg")]),
    ("subjunctive-continuation-around-a-quotation", "Peter Schaar sagte, die Lage sei ernst. Er habe „keine Angst vor der Zukunft“.",
     [("indirect", "die Lage sei ernst", "Peter Schaar"), ("mixed", "Er habe „keine Angst vor der Zukunft“", "Peter Schaar"),
      ("direct", "keine Angst vor der Zukunft", "Peter Schaar")]),
    ("adverb-between-subject-and-verb", "Die Kanadier hingegen sagen, der Pilot trage die Verantwortung.",
     [("indirect", "der Pilot trage die Verantwortung", None)]),
    ("ist-der-meinung", "Günter Maier ist der Meinung, dass die Klage zu spät komme.",
     [("indirect", "die Klage zu spät komme", "Günter Maier")]),
    ("adverbial-first-content-after-the-speaker",
     "In einer Botschaft, die am Abend verlesen wurde, sagte Peter Schaar, man werde weiter kämpfen.",
     [("indirect", "man werde weiter kämpfen", "Peter Schaar")]),
    ("relative-clause-after-the-cue-is-no-content", "Peter Schaar verwies auf die Gefahren, die durch den Plan entstanden sind.", []),
    ("subordinate-clause-after-the-cue-is-no-content", "Peter Schaar warf der Regierung Versagen vor, da diese zu spät gehandelt hatte.", []),
    ("dass-clause-with-adjective-is-content", "Peter Schaar sagte, dass der gescheiterte Antrag keine Vorentscheidung sei.",
     [("indirect", "der gescheiterte Antrag keine Vorentscheidung sei", "Peter Schaar")]),
    ("demonstrative-next-sentence", "„Ja, es gibt Zumutungen.“ Das musste Finanzminister Peter Schaar am Montag einräumen.",
     [("direct", "Ja, es gibt Zumutungen.", "Peter Schaar")]),
    ("mit-den-worten", "Im Kongress warb Peter Schaar für das Gesetz mit den Worten: „Das ist unsere Pflicht.“",
     [("direct", "Das ist unsere Pflicht.", "Peter Schaar")]),
    ("long-title-after-a-naming-noun", "Der Autor Peter Schaar hat in seinem Buch „Wie wir morgen leben werden“ die Politik kritisiert.", []),
    ("interview-label-is-no-quote", "„Zeitung“: Was halten Sie davon?\n\n„Berg“: Das ist ein großer Fehler der Regierung.", []),
    ("capitalised-nouns-in-reported-speech-are-words", "Peter Schaar sagte, das Land sei ein „Opfer des Terrors“.",
     [("mixed", "das Land sei ein „Opfer des Terrors“", "Peter Schaar"), ("direct", "Opfer des Terrors", "Peter Schaar")]),
    ("translation-in-brackets-is-no-fragment", "Peter Schaar sagte, die Operation „Cast Lead“ („gegossenes Blei“) sei beendet.",
     [("mixed", "die Operation „Cast Lead“ („gegossenes Blei“) sei beendet", "Peter Schaar")]),
    ("one-capitalised-word-in-a-clause-is-a-name", "Peter Schaar sagte, die Tour „Sommer“ sei ausverkauft.",
     [("mixed", "die Tour „Sommer“ sei ausverkauft", "Peter Schaar")]),
    ("name-in-marks-as-subject", "Die Station wächst.\n\n„Tranquility“ ist eines von drei Modulen der Station.", []),
    ("floating-quote-after-a-reported-sentence",
     "„Wir sind bereit“, sagte Peter Schaar. Anna Berg sagte, es sei noch nichts entschieden. "
     "„Es ist nur eine Stellungnahme.“",
     [("direct", "Wir sind bereit", "Peter Schaar"), ("indirect", "es sei noch nichts entschieden", "Anna Berg"),
      ("direct", "Es ist nur eine Stellungnahme.", "Anna Berg")]),
    ("possessive-opinion-noun", "Peter Schaar war vor Ort. Seiner Ansicht nach „sind wir Zeugen eines schwarzen Tages“.",
     [("direct", "sind wir Zeugen eines schwarzen Tages", "Peter Schaar")]),
    ("subjunctive-after-a-reporting-sentence-with-inverted-subject",
     "In ihrer Meldung berichtet die Zeitung Kurier von fünfzig Staaten. Dort sei man sich einig geworden.",
     [("indirect", "Dort sei man sich einig geworden", "Zeitung Kurier")]),
    ("subjunctive-before-a-final-quotation-stays-mixed",
     "Die Politik könne dafür sorgen, „dass mehr Wachstum in unserem Land entsteht“, erklärte Peter Schaar.",
     [("mixed", "Die Politik könne dafür sorgen, „dass mehr Wachstum in unserem Land entsteht“", "Peter Schaar"),
      ("direct", "dass mehr Wachstum in unserem Land entsteht", "Peter Schaar")]),
    ("auxiliary-inversion", "Die Lage sei ernst, hatte Anna Berg am Montag gesagt und auf den Bericht verwiesen.",
     [("indirect", "Die Lage sei ernst", "Anna Berg")]),
    ("so-speaker-mid-sentence", "Der Einsatz solle sich, so Peter Schaar, auf schwere Fälle beschränken.",
     [("indirect", "Der Einsatz solle sich, so Peter Schaar, auf schwere Fälle beschränken", "Peter Schaar")]),
    ("so-verb-speaker", "Ein „außerordentlicher Sieg“, so urteilte Peter Schaar selbst über seinen Erfolg.",
     [("direct", "außerordentlicher Sieg", "Peter Schaar")]),
    ("sentence-subject-without-cue",
     "Richter Seidling verglich die Foren mit einem Ort, an dem Rechte „mit Füßen getreten und verhöhnt“ würden.",
     [("direct", "mit Füßen getreten und verhöhnt", "Seidling")]),
]

# Speakers that are not in the lexicons: where nouns are capitalised, a noun phrase next to the cue speaks.
MENTION_CASES = [
    ("Ein Kommentator schrieb dazu im Magazin Der Spiegel: „Was die Leiterin tut, kann man nicht vergleichen.“",
     "direct", "Ein Kommentator"),
    ("Die Meteorologen warnten davor, der Sturm könnte große Schäden anrichten.", "indirect", "Die Meteorologen"),
    ("Nach Angaben der Zeitung China Daily sind die Fluten die schwersten seit 101 Jahren.", "indirect",
     "Zeitung China Daily"),
    ("Laut dem Nachrichtenmagazin Focus ist es zu weiteren Zwischenfällen gekommen.", "indirect",
     "dem Nachrichtenmagazin Focus"),
    ("Der Meldung zufolge kam das Team zu dem Schluss, dass die Zahl sinkt.", "indirect", "Der Meldung"),
    # verb second: an adverbial or a noun phrase stands first, the subject follows the verb
    # a quoting verb: its object is the one quoted; in the passive, its subject
    ("Ein Fernsehsender zitierte Papandreou mit den Worten: „Wenn ich das Problem bin, gehe ich.“", "direct",
     "Papandreou"),
    ("Peter Schaar wird von der Zeitung mit den Worten zitiert: „Das wird ihm lange nachhängen.“", "direct",
     "Peter Schaar"),
    ("Weiterhin erklärte die Ministerin, die Zahl sei gestiegen.", "indirect", "die Ministerin"),
    # the subject before the auxiliary, when the verb ends its clause
    ("Die Universität hatte anlässlich des Entzugs des Titels erklärt, sie wolle dem Vorwurf nachgehen.", "indirect",
     "Die Universität"),
    ("Auch die Familienministerin Renate Schmidt (SPD) äußerte: „Ich gehe davon aus, dass es knapp wird.“", "direct",
     "Familienministerin Renate Schmidt"),
    # a noun before an unlisted name after the article; a cue form after a preposition is an adjective
    ("Das Magazin Kurier bezeichnete die Firma als „Schattenbank“.", "direct", "Das Magazin Kurier"),
    ("Jan Wolf, der wegen wiederholten Fouls vom Platz flog, nannte die Strafe „überzogen“.", "direct", "Jan Wolf"),
    ("Laut „Kurier“ ist die Zahl der Opfer weiter gestiegen.", "indirect", "„Kurier“"),
    ("Nach Darstellungen des Verlages ist das Buch eine Abrechnung mit der Partei.", "indirect", "Verlages"),
    ("„Ein Name wie dieser hat Symbolkraft“, führte Jan Wolf gegenüber dem Dienst space.com aus.", "direct", "Jan Wolf"),
    ("„Wir sind unwillkommene Zeugen“, zitierte man Anna Berg vom Sender RTVE.", "direct", "Anna Berg"),
    ("„Gar nicht mehr so sicher?“ schrieben die Hacker und kündigten weitere Aktionen an.", "direct", "die Hacker"),
    # an appositive after the speaker that follows the verb
    ("Angesichts der Lage nannte Jan Wolf, Geschäftsführer des Bauernbundes, die Kartoffel „überflüssig wie ein Kropf“.",
     "direct", "Jan Wolf"),
    # a one-word surname first is the subject; an adverb first is not
    ("Okonkwo nannte den Plan „eine sehr schlechte Wahl“.", "direct", "Okonkwo"),
    ("Ergänzend fügte die Ministerin hinzu: „Wir prüfen das.“", "direct", "die Ministerin"),
    ("Nach den Worten des Parteichefs Peter Schaar handelt es sich um einen schweren Fehler.", "indirect",
     "Parteichefs Peter Schaar"),
    # a title with an acronym, then the name in apposition, before the verb
    ("Der Präsident der Union (AU), Alpha Konaré, nannte dies einen „Putsch“.", "direct", "Der Präsident der Union"),
    ("In einer Erklärung erklärte die SPD-Landtagsfraktion zum Rücktritt, die Ministerin nehme ihren Hut.", "indirect",
     "die SPD-Landtagsfraktion"),
    ("Aus Paris hieß es, das Vorgehen sei eine schwere Verletzung des Abkommens.", "indirect", "Paris"),
    ("Die Medien hatten von einem „Volkskrieg“ gesprochen.", "direct", "Die Medien"),
    # a name with an appositive opening the sentence is the subject; the noun after the verb its object
    ("Anna Berg, die Direktorin der Behörde, bezeichnete die Reise von Peter Schaar als „hilfreich“.", "direct",
     "Anna Berg"),
    ("„Die Koalition bricht ihr Wort“, meinen die beiden Mitglieder Jan Wolf und Ina Berg.", "direct",
     "die beiden Mitglieder"),
    ("Die Kanadier hingegen sagen, der Pilot trage die Verantwortung.", "indirect", "Die Kanadier"),
    ("Zum Hintergrund führt der Bericht aus, die Zahl der Taten sei gestiegen.", "indirect", "der Bericht"),
    ("Wie t-online.de berichtet, ist der Film im Internet veröffentlicht worden.", "indirect", "t-online.de"),
    ("Am Abend teilte dessen Stellvertreter über den Plan mit: „Wir warten ab.“", "direct", "dessen Stellvertreter"),
    # a verb coordinated with "und" after a sentence-opening noun phrase
    ("Der Täter biss einen Gast und rief: „Lasst mich raus!“", "direct", "Der Täter"),
    # an article and adjectives before the subject: the noun after the verb is its object
    ("Die spätere Außenministerin Anna Berg nannte Peter Schaar einen „wahren Freund“.", "direct", "Anna Berg"),
    # "heißt es": the source in a prepositional phrase after the cue or in first place
    ("„Wir bleiben zuversichtlich“, heißt es in einer Erklärung des Verbandes.", "direct", "einer Erklärung"),
    ("Im Bericht hieß es, die Zahl der Opfer sei gestiegen.", "indirect", "Bericht"),
    ("Bereits während seiner Amtszeit warnte Peter Schaar, die Löhne seien zu niedrig.", "indirect", "Peter Schaar"),
    ("In den meisten Fällen warfen die Taliban den Menschen vor, spioniert zu haben.", "indirect", "die Taliban"),
    ("Unmissverständlich sagt das Gericht, dass es nicht überzeugt sei.", "indirect", "das Gericht"),
    ("Ein Regierungssprecher in Berlin sagte am Montag, die Lage sei ernst.", "indirect", "Ein Regierungssprecher"),
    ("Bereits im Dezember hatte Angela Merkel in einer Rede verkündet: „Wir sind bereit für das Turnier.“", "direct",
     "Angela Merkel"),
]


@pytest.mark.parametrize("text,kind,mention", MENTION_CASES, ids=[c[2] for c in MENTION_CASES])
def test_unlisted_speaker_noun_phrases(text, kind, mention):
    assert [(q.kind, q.mention) for q in extract(text, lang="de")] == [(kind, mention)]


@pytest.mark.parametrize("name,text,expected", CASES, ids=[c[0] for c in CASES])
def test_shape(name, text, expected):
    assert [(q.kind, q.quote, q.speaker) for q in extract(text, lang="de")] == expected


def test_language_is_detected_from_the_text():
    assert detect_language("Der Minister sagte, die Lage sei ernst und es gebe keine Lösung.") == "de"
    assert detect_language("The minister said the situation is serious and there is no solution.") == "en"
    de = extract("„Wir sind bereit“, sagte Bundeskanzlerin Angela Merkel am Montag.")
    assert [(q.kind, q.speaker) for q in de] == [("direct", "Angela Merkel")]


def test_a_third_language_is_a_folder_every_section_present():
    for lang in ("en", "de"):
        lex = load(lang)
        assert lex.verbs and lex.titles and lex.g.pronouns and lex.g.that
