// Suggestions while typing in a search box marked data-suggest: titles and headings from /api/suggest in a listbox under
// the box (the ARIA combobox pattern). Up and down choose, Enter opens the chosen page, Escape closes. Without script the
// box is a plain search field and the form submits as always.
(function () {
    "use strict";

    document.querySelectorAll("input[data-suggest]").forEach(function (box, n) {
        var list = document.createElement("ul");
        list.id = "suggestions-" + n;
        list.className = "suggestions";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", box.getAttribute("data-suggest-label") || "Suggestions");
        list.hidden = true;
        box.insertAdjacentElement("afterend", list);
        box.setAttribute("role", "combobox");
        box.setAttribute("aria-autocomplete", "list");
        box.setAttribute("aria-controls", list.id);
        box.setAttribute("aria-expanded", "false");
        box.setAttribute("autocomplete", "off");

        var timer = 0, asked = null, active = -1;

        function options() { return list.querySelectorAll("[role=option]"); }

        function close() {
            list.hidden = true;
            box.setAttribute("aria-expanded", "false");
            box.removeAttribute("aria-activedescendant");
            active = -1;
        }

        function show(suggestions) {
            list.replaceChildren();
            suggestions.forEach(function (s, i) {
                var item = document.createElement("li");
                item.id = list.id + "-" + i;
                item.setAttribute("role", "option");
                item.setAttribute("aria-selected", "false");
                item.lang = s.language;
                var link = document.createElement("a");
                link.href = s.url;
                link.tabIndex = -1;
                link.textContent = s.text;
                item.appendChild(link);
                list.appendChild(item);
            });
            active = -1;
            list.hidden = suggestions.length === 0;
            box.setAttribute("aria-expanded", String(suggestions.length > 0));
        }

        function choose(index) {
            var all = options();
            if (all.length === 0) return;
            active = (index + all.length) % all.length;
            all.forEach(function (o, i) { o.setAttribute("aria-selected", String(i === active)); });
            box.setAttribute("aria-activedescendant", all[active].id);
        }

        box.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                var q = box.value.trim();
                if (asked) asked.abort();
                if (q.length < 2) { close(); return; }
                asked = new AbortController();
                fetch(box.getAttribute("data-suggest") + "?q=" + encodeURIComponent(q), { signal: asked.signal, headers: { Accept: "application/json" } })
                    .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
                    .then(function (body) { show(body.suggestions); })
                    .catch(function () { /* aborted by newer typing, or offline: the box still searches */ });
            }, 120);
        });

        box.addEventListener("keydown", function (event) {
            if (list.hidden) return;
            if (event.key === "ArrowDown" || event.key === "ArrowUp") {
                choose(active + (event.key === "ArrowDown" ? 1 : -1));
                event.preventDefault();
            } else if (event.key === "Enter" && active >= 0) {
                location.href = options()[active].querySelector("a").href;
                event.preventDefault();
            } else if (event.key === "Escape") {
                // The first Escape only closes the list; a search box would otherwise also clear what was typed.
                close();
                event.preventDefault();
            }
        });

        box.addEventListener("blur", function () { setTimeout(close, 200); });
    });
})();
