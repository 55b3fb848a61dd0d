namespace KnowledgeBase.Indexer.Commands;

/// <summary>Shows the current stage on one terminal line, rewritten in place; only used when the output is a terminal.</summary>
public sealed class TerminalProgress(TextWriter terminal) : IProgress<string>
{
    private int _width;

    public void Report(string value)
    {
        var line = $"indexer: {value}…";
        terminal.Write("\r" + line.PadRight(_width));
        _width = line.Length;
    }

    public void Clear()
    {
        if (_width > 0)
            terminal.Write("\r" + new string(' ', _width) + "\r");
        _width = 0;
    }
}
