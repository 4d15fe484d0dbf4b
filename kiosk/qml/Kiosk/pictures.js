.pragma library

/*
    Where a content picture is decoded: by the kiosk's picture provider (kiosk/ui/pictures.py),
    on a worker of its own, so that one slow picture never holds back the others nor the screen,
    and kept for the attract loop's next pass.
*/

/// What rich text shows where a picture is still being decoded: nothing.
var waiting = "image://decoded/"

/// The provider's URL for a file URL (any other URL as it is). An Image passes the size to decode
/// at as its sourceSize; rich text asks with no size, so it gives `width` and `height` (device pixels).
function source(url, width, height) {
    const text = String(url)
    if (!text.startsWith("file://"))
        return text
    const picture = "image://pictures" + text.slice("file://".length)
    return width > 0 && height > 0 ? picture + "?size=" + Math.ceil(width) + "x" + Math.ceil(height) : picture
}

/// A picture the provider has decoded (at `source`), answered at once: rich text asks for its pictures
/// on the GUI thread, and shows Qt's "broken file" icon until a picture from the provider arrives.
function decoded(source) {
    return String(source).replace(/^image:\/\/pictures\//, "image://decoded/")
}

/// A picture as the attract screen's backdrop (kiosk/ui/pictures.py): covering the Image's sourceSize,
/// cut to it, on `colour`, veiled by it at `veil` (0 to 1), so that words read over any picture.
function backdrop(url, colour, veil) {
    const picture = source(url)
    if (!picture.startsWith("image://pictures"))
        return picture
    const rgb = String(colour).replace("#", "").slice(-6)
    return picture + "?backdrop=" + rgb + "-" + Math.round(veil * 100)
}
