using System.Collections.Concurrent;

namespace KnowledgeBase.Core.Diagnostics;

/// <summary>Collects every diagnostic of a run, so that all errors are reported, not only the first.</summary>
/// <remarks>Thread-safe: stages that work on files in parallel report into one bag.</remarks>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Error(string path, int line, string code, string message) =>
        _items.Enqueue(new Diagnostic(path, line, Severity.Error, code, message));

    public void Warning(string path, int line, string code, string message) =>
        _items.Enqueue(new Diagnostic(path, line, Severity.Warning, code, message));

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Every diagnostic, sorted by file, line and code so that output is stable between runs.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        [.. _items.OrderBy(d => d.Path, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Code, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];

    public int Count(Severity severity) => _items.Count(d => d.Severity == severity);
}
