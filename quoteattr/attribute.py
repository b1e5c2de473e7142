def attribute(text, paras, sents, toks, spans, cues, mentions, lex):
    return []
