// Comparison page comfort: the keys n and p jump to the next and previous change. The page's own "next change" and
// "previous change" links do the same without script; this only saves reaching for them.
(function () {
    "use strict";

    function changes() {
        return Array.prototype.slice.call(document.querySelectorAll("section.change[id^='change-']"));
    }

    // The change the reader is at: the one in the address while it is still on screen, else the last one whose top has
    // scrolled up to the top of the window (the page keeps a little margin above a change it jumps to).
    function current(list) {
        var hash = decodeURIComponent(location.hash.slice(1));
        var named = list.findIndex(function (c) { return c.id === hash; });
        if (named >= 0) {
            var top = list[named].getBoundingClientRect().top;
            if (top >= -1 && top < window.innerHeight)
                return named;
        }
        var scrolled = -1;
        list.forEach(function (c, i) { if (c.getBoundingClientRect().top <= 16) scrolled = i; });
        return scrolled;
    }

    document.addEventListener("keydown", function (event) {
        if (event.altKey || event.ctrlKey || event.metaKey || event.isComposing)
            return;
        var target = event.target;
        if (target && (target.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(target.tagName)))
            return;
        var step = event.key === "n" ? 1 : event.key === "p" ? -1 : 0;
        if (step === 0)
            return;
        var list = changes();
        if (list.length === 0)
            return;
        var at = current(list);
        var next = Math.min(Math.max(at + step, 0), list.length - 1);
        event.preventDefault();
        location.hash = list[next].id;
    });
})();
