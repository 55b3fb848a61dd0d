using System.Security.Claims;
using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Building;

namespace KnowledgeBase.Access;

/// <summary>Who is reading: the role claims a signed-in reader carries, and the <see cref="ReaderAccess"/> that follows from them.</summary>
public static class Readers
{
    public const string DrafterRole = "drafter";
    public const string OfficerRole = "officer";

    public static string RoleName(UserRole role) => role == UserRole.Drafter ? DrafterRole : OfficerRole;

    /// <summary>A public build holds nothing internal, so its readers see all of it. On the internal site only a drafter sees drafts; anyone else (an unknown role too) sees what an officer sees.</summary>
    public static ReaderAccess AccessOf(ClaimsPrincipal? user, Audience audience) =>
        audience == Audience.Public || user?.IsInRole(DrafterRole) == true ? ReaderAccess.Everything : ReaderAccess.WithoutDraftLegislation;

    /// <summary>The principal a users-file account signs in as; its authentication type tells the session to keep checking the file.</summary>
    public static ClaimsPrincipal Principal(UserAccount account) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.Name), new Claim(ClaimTypes.Role, RoleName(account.Role))],
            AccessServices.UsersFileAuthentication, ClaimTypes.Name, ClaimTypes.Role));
}
