namespace KnowledgeBase.Indexer;

/// <summary>The indexer's command line: <c>build</c> publishes content/ as a build; <c>check</c> validates it; <c>users</c> keeps the internal site's users file.</summary>
public static class Program
{
    public static int Main(string[] args) => CommandLine.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
}
