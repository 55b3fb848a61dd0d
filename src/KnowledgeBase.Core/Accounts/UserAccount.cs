namespace KnowledgeBase.Core.Accounts;

/// <summary>One person allowed on the internal site, as the users file keeps them.</summary>
/// <param name="PasswordHash">ASP.NET Core Identity's <c>PasswordHasher</c> format (PBKDF2, salted); the password itself is never stored.</param>
public sealed record UserAccount(string Name, UserRole Role, string PasswordHash);
