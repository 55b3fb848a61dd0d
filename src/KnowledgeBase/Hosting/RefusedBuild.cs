namespace KnowledgeBase.Hosting;

/// <summary>A build <c>CURRENT</c> named that the site would not serve, and why: what a health check reports.</summary>
/// <param name="Stamp">The build's stamp as <c>CURRENT</c> gives it.</param>
/// <param name="Reason">Why it was refused, in words an operator can act on.</param>
/// <param name="AtUtc">When it was refused (first seen).</param>
public sealed record RefusedBuild(string Stamp, string Reason, DateTimeOffset AtUtc);
