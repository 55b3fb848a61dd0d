namespace KnowledgeBase.Indexer.Tests;

/// <summary>Runs the indexer's command line in-process and keeps what it printed.</summary>
public sealed record IndexerRun(int ExitCode, string Output, string Errors)
{
    public static IndexerRun Of(params string[] args)
    {
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = CommandLine.Run(args, output, errors, interactive: false);
        return new IndexerRun(code, output.ToString(), errors.ToString());
    }

    public IEnumerable<string> Lines => (Output + Errors).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
