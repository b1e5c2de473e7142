def resolve(doc, text, attributions, mentions, lex):
    from .models import Quote
    out = []
    for i, a in enumerate(attributions):
        m = a.mention
        out.append(Quote(doc, i, a.kind, text[a.start:a.end], a.start, a.end, m.name if m else None, m.title if m else None,
                         m.text if m else None, m.start if m else None, m.end if m else None,
                         a.cue.text if a.cue else None, a.cue.start if a.cue else None, a.cue.end if a.cue else None, a.rule, a.confidence))
    return out
