namespace KnowledgeBase.Tests.Browser.Crawling;

/// <summary>The pages waiting to be visited: breadth-first within each kind of page, the kinds taken in turn.</summary>
/// <remarks>
/// Plain breadth-first order spends a page cap on the thousand provision links of the first version page it reads, and never
/// reaches the parallel view linked from the second. So the least-visited kind of page goes first: a kind is the shape of
/// the path (<c>/instruments/*/*</c>), then, among its addresses, the names of the query's parameters (<c>?lang&amp;parallel</c>),
/// so that the search page's many filter links share one page kind's turn instead of taking one each.
/// </remarks>
public sealed class CrawlQueue
{
    private readonly Dictionary<string, PageKind> _kinds = new(StringComparer.Ordinal);
    private readonly List<PageKind> _inOrder = [];

    public int Count { get; private set; }

    public void Enqueue(string page, string foundOn)
    {
        var uri = new Uri(page);
        var path = PathShapeOf(uri);
        if (!_kinds.TryGetValue(path, out var kind))
        {
            _kinds[path] = kind = new PageKind();
            _inOrder.Add(kind);
        }
        kind.Enqueue(QueryShapeOf(uri), (page, foundOn));
        Count++;
    }

    public bool TryDequeue(out (string Page, string FoundOn) next)
    {
        next = default;
        var kind = _inOrder.Where(k => k.Waiting > 0).MinBy(k => k.Visited);
        if (kind is null)
            return false;
        next = kind.Dequeue();
        Count--;
        return true;
    }

    /// <summary>The path with its names left out: <c>/instruments/*/*</c> for every version page.</summary>
    public static string PathShapeOf(Uri page)
    {
        var segments = page.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? "/" : "/" + string.Join('/', segments.Select((s, i) => i == 0 ? s : "*"));
    }

    /// <summary>The names of the query's parameters, in order: <c>?lang&amp;parallel</c> for every parallel view.</summary>
    public static string QueryShapeOf(Uri page) =>
        page.Query.Length <= 1 ? "" : "?" + string.Join('&', page.Query[1..].Split('&').Select(p => p.Split('=', 2)[0]).Order(StringComparer.Ordinal));

    /// <summary>The waiting addresses of one path shape, grouped by query shape, each group taken in turn.</summary>
    private sealed class PageKind
    {
        private readonly Dictionary<string, Queue<(string, string)>> _byQuery = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _visitedByQuery = new(StringComparer.Ordinal);
        private readonly List<string> _queries = [];

        public int Waiting { get; private set; }

        public int Visited { get; private set; }

        public void Enqueue(string query, (string, string) page)
        {
            if (!_byQuery.TryGetValue(query, out var queue))
            {
                _byQuery[query] = queue = new Queue<(string, string)>();
                _visitedByQuery[query] = 0;
                _queries.Add(query);
            }
            queue.Enqueue(page);
            Waiting++;
        }

        public (string, string) Dequeue()
        {
            var query = _queries.Where(q => _byQuery[q].Count > 0).MinBy(q => _visitedByQuery[q])!;
            _visitedByQuery[query]++;
            Visited++;
            Waiting--;
            return _byQuery[query].Dequeue();
        }
    }
}
