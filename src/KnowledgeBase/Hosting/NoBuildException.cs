namespace KnowledgeBase.Hosting;

/// <summary>Thrown when a request arrives and no build has ever been published for the site's audience.</summary>
public sealed class NoBuildException(string message) : Exception(message);
