namespace KnowledgeBase.Access;

/// <summary>How the internal site signs readers in, from configuration (appsettings, environment or the command line).</summary>
/// <param name="UsersFile"><c>--users</c>: the users file the indexer's <c>users</c> command writes; by default <c>data/users.json</c>.</param>
/// <param name="MaxFailures"><c>SignIn:MaxFailures</c>: failed sign-ins in a row that lock a name.</param>
/// <param name="Lockout"><c>SignIn:LockoutMinutes</c>: how long a locked name stays locked.</param>
/// <param name="SecureCookies"><c>SignIn:SecureCookies</c>: cookies only over HTTPS; on by default outside Development.</param>
/// <param name="OpenIdConnect">Set when <c>OpenIdConnect:Authority</c> is: readers sign in with the organisation's directory instead of the users file.</param>
public sealed record AccessOptions(string UsersFile, int MaxFailures, TimeSpan Lockout, bool SecureCookies, OpenIdConnectSettings? OpenIdConnect)
{
    public static AccessOptions From(IConfiguration configuration, string dataFolder, bool development) => new(
        Path.GetFullPath(configuration["users"] ?? Core.Accounts.UsersFile.DefaultPath(dataFolder)),
        configuration.GetValue("SignIn:MaxFailures", 5),
        TimeSpan.FromMinutes(configuration.GetValue("SignIn:LockoutMinutes", 15.0)),
        configuration.GetValue("SignIn:SecureCookies", !development),
        OpenIdConnectSettings.From(configuration.GetSection("OpenIdConnect")));
}

/// <summary>An OpenID Connect provider (Entra ID, Keycloak, ADFS…) whose tokens carry the reader's role as <c>drafter</c> or <c>officer</c>.</summary>
/// <param name="RoleClaim">The claim that holds the role, <c>roles</c> unless the directory uses another.</param>
public sealed record OpenIdConnectSettings(string Authority, string ClientId, string? ClientSecret, string RoleClaim)
{
    public static OpenIdConnectSettings? From(IConfigurationSection section) =>
        string.IsNullOrWhiteSpace(section["Authority"])
            ? null
            : new OpenIdConnectSettings(
                section["Authority"]!,
                section["ClientId"] ?? throw new InvalidOperationException("OpenIdConnect:Authority is set but OpenIdConnect:ClientId is not."),
                section["ClientSecret"],
                section["RoleClaim"] ?? "roles");
}
