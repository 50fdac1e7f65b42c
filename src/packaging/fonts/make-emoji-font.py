#!/usr/bin/env python3
"""Makes src/main/resources/dev/lectern/render/fonts/LecternEmoji.ttf, the outline emoji font the reading pane uses on Linux.

JavaFX's WebKit cannot draw colour emoji fonts (Noto Color Emoji, the one Linux desktops have) and draws the .notdef box
of the page's font after every character outside the BMP. This font, a subset of Symbola 2.60 (George Douros: "free for
any use; they may be opened, edited, modified, regenerated, packaged and redistributed"; Debian's fonts-symbola), holds
the emoji, pictographs, technical symbols and mathematical letters that articles use, with an empty .notdef glyph, so
that a span set in it draws its character and no box.

Needs fonttools (pip install fonttools) and fonts-symbola.  Run from the repository root.
"""
from fontTools import subset
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

SOURCE = "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf"
TARGET = "src/main/resources/dev/lectern/render/fonts/LecternEmoji.ttf"
# keep in step with EmojiSpans.CHARACTERS in dev.lectern.render
RANGES = "U+2300-23FF,U+2600-27BF,U+2B00-2BFF,U+1D400-1D7FF,U+1F000-1FAFF"
NAME = "Lectern Emoji"

options = subset.Options()
options.hinting = False
options.name_IDs = [0, 1, 2, 3, 4, 5, 6]
options.notdef_outline = True
font = TTFont(SOURCE)
subsetter = subset.Subsetter(options)
subsetter.populate(unicodes=subset.parse_unicodes(RANGES))
subsetter.subset(font)

font["glyf"][".notdef"] = TTGlyphPen(None).glyph()  # nothing drawn for what the font lacks
width, lsb = font["hmtx"][".notdef"]
font["hmtx"][".notdef"] = (0, 0)
names = font["name"]
for record in list(names.names):
    if record.nameID in (1, 4, 16):
        names.setName(NAME, record.nameID, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 6:
        names.setName("LecternEmoji-Regular", 6, record.platformID, record.platEncID, record.langID)
    elif record.nameID == 3:
        names.setName(NAME + " (Symbola 2.60 subset)", 3, record.platformID, record.platEncID, record.langID)
font.save(TARGET)
print(TARGET, len(font.getBestCmap()), "characters")
