.pragma library

/*
    The addresses of content pictures for the kiosk's picture decoder (kiosk/ui/pictures.py), which
    decodes each on a worker of its own at the size asked for, so that one slow picture never holds
    back the others nor the screen. DecodedImage shows a picture from its address; rich text asks
    the decoder itself (RichTextBlock).
*/

/// What rich text shows where a picture is still being decoded: nothing.
var waiting = "image://decoded/"

/// The decoder's address of a file URL ("" for anything else: content pictures are files), decoded to
/// fit within `width` x `height` device pixels (a side of 0 follows from the other; none: its own size).
function source(url, width, height) {
    const text = String(url)
    if (!text.startsWith("file://"))
        return ""
    const picture = "image://decoded" + text.slice("file://".length)
    if (!(width > 0) && !(height > 0))
        return picture
    return picture + "?size=" + Math.ceil(width > 0 ? width : 0) + "x" + Math.ceil(height > 0 ? height : 0)
}

/// A picture as the attract screen's backdrop: covering `width` x `height`, cut to it, on `colour`,
/// veiled by it at `veil` (0 to 1), so that words read over any picture.
function backdrop(url, width, height, colour, veil) {
    const picture = source(url, width, height)
    if (picture === "" || !(width > 0 && height > 0))
        return ""
    const rgb = String(colour).replace("#", "").slice(-6)
    return picture + "&backdrop=" + rgb + "-" + Math.round(veil * 100)
}
