def resolve(doc, text, attributions, mentions, lex):
    return []
