using KnowledgeBase.Core.Accounts;
using KnowledgeBase.Core.Model;

namespace KnowledgeBase.Core.Tests.Accounts;

public sealed class ReaderAccessTests
{
    [Theory]
    [InlineData(UserRole.Drafter, InstrumentKind.Code, Visibility.Internal, true)]
    [InlineData(UserRole.Drafter, InstrumentKind.Procedure, Visibility.Internal, true)]
    [InlineData(UserRole.Drafter, InstrumentKind.Law, Visibility.Public, true)]
    [InlineData(UserRole.Officer, InstrumentKind.Code, Visibility.Internal, false)]
    [InlineData(UserRole.Officer, InstrumentKind.Law, Visibility.Internal, false)]
    [InlineData(UserRole.Officer, InstrumentKind.Decree, Visibility.Internal, false)]
    [InlineData(UserRole.Officer, InstrumentKind.Strategy, Visibility.Internal, false)]
    [InlineData(UserRole.Officer, InstrumentKind.Procedure, Visibility.Internal, true)]
    [InlineData(UserRole.Officer, InstrumentKind.Code, Visibility.Public, true)]
    [InlineData(UserRole.Officer, InstrumentKind.Procedure, Visibility.Public, true)]
    public void Drafters_see_everything_officers_internal_procedures_and_public_legislation(UserRole role, InstrumentKind kind, Visibility visibility, bool sees)
    {
        Assert.Equal(sees, ReaderAccess.Of(role).MaySee(kind, visibility));
    }
}
