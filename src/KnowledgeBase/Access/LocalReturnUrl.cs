namespace KnowledgeBase.Access;

/// <summary>Where to go after signing in: only a path of this site, never another host (no open redirect).</summary>
public static class LocalReturnUrl
{
    public static string OrHome(string? url) => IsLocal(url) ? url! : "/";

    /// <remarks><c>//host</c> and <c>/\host</c> are read by browsers as another host; control characters are refused too.</remarks>
    public static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
