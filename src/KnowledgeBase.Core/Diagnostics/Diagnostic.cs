namespace KnowledgeBase.Core.Diagnostics;

/// <summary>A problem found in content, located by file and line.</summary>
/// <param name="Path">The file relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based; 1 when the problem concerns the whole file.</param>
public sealed record Diagnostic(string Path, int Line, Severity Severity, string Code, string Message)
{
    /// <summary>The one format every content message has: <c>path:line: error CODE: message</c>.</summary>
    public override string ToString() =>
        $"{Path}:{Line}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}
