using KnowledgeBase.Core.Building;
using KnowledgeBase.Core.Storage;
using KnowledgeBase.Testing;
using LiteDB;

namespace KnowledgeBase.Core.Tests.Storage;

/// <summary>Provisions are split over shard files by instrument, and read back from the one shard their instrument names.</summary>
public sealed class ProvisionShardsTests
{
    public sealed class The_shard_of_an_instrument
    {
        /// <summary>The indexer and a site on another machine, or another run, must agree: the hash is XxHash32 of the slug's
        /// UTF-8, not <c>string.GetHashCode</c>, which .NET seeds per process.</summary>
        [Theory]
        [InlineData("migration-code", 16, 0)]
        [InlineData("decree-276", 16, 10)]
        [InlineData("leg-loi-2006-07-31-n2", 16, 6)]
        [InlineData("icazə-qaydası", 7, 6)]
        public void Is_the_same_in_every_process(string slug, int count, int shard) =>
            Assert.Equal(shard, ProvisionShards.Of(slug, count));

        [Fact]
        public void Spreads_the_national_corpus_s_kind_of_slugs_over_every_shard()
        {
            var slugs = Enumerable.Range(1, 2000).Select(i => $"leg-loi-{1900 + i % 120}-0{i % 9 + 1}-{i % 28 + 10}-n{i}");

            var sizes = slugs.GroupBy(s => ProvisionShards.Of(s, ProvisionShards.BuildCount)).Select(g => g.Count()).ToList();

            Assert.Equal(ProvisionShards.BuildCount, sizes.Count);
            Assert.InRange(sizes.Min(), 2000 / ProvisionShards.BuildCount / 2, 2000 / ProvisionShards.BuildCount);
        }
    }

    public sealed class A_built_store : IDisposable
    {
        private readonly TempFolder _temp = new();
        private readonly string _database;

        public A_built_store()
        {
            var result = BuildPipeline.Run(new BuildOptions(TestPaths.FixtureContent, _temp.Path, Audience.Internal));
            Assert.True(result.Succeeded);
            _database = Path.Combine(new BuildFolders(_temp.Path, Audience.Internal).BuildPath(result.PublishedStamp!), StoreSchema.DatabaseFile);
        }

        public void Dispose() => _temp.Dispose();

        [Fact]
        public void Keeps_each_provision_in_its_instrument_s_shard_and_none_in_kb_db()
        {
            Assert.Equal(ProvisionShards.BuildCount, ProvisionShards.CountOf(_database));
            Assert.Empty(StoreSnapshot.Documents(_database, StoreSchema.Provisions));
            var total = 0;
            for (var shard = 0; shard < ProvisionShards.BuildCount; shard++)
                foreach (var provision in StoreSnapshot.Documents(Path.Combine(Path.GetDirectoryName(_database)!, ProvisionShards.FileName(shard)), StoreSchema.Provisions))
                {
                    var slug = provision["TextKey"].AsString.Split('@')[0];
                    Assert.Equal(shard, ProvisionShards.Of(slug, ProvisionShards.BuildCount));
                    total++;
                }
            Assert.Equal(BuildManifest.ReadFrom(Path.GetDirectoryName(_database)!)!.Provisions, total);
        }

        [Fact]
        public void Is_read_from_the_shard_of_the_instrument_asked_for()
        {
            using var store = KnowledgeStore.OpenReadOnly(_database);

            var provisions = store.Provisions("migration-code", "2014-10-amended", "en");

            Assert.Contains(provisions, p => p.EId == "art_45");
            Assert.Equal("art_45", store.Provision("migration-code", "2014-10-amended", "en", "art_45")!.EId);
        }

        [Fact]
        public void Is_refused_when_a_shard_is_missing()
        {
            File.Delete(Path.Combine(Path.GetDirectoryName(_database)!, ProvisionShards.FileName(3)));

            var error = Assert.Throws<InvalidDataException>(() => KnowledgeStore.OpenReadOnly(_database));

            Assert.Contains("04.db", error.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Made_before_the_split_is_read_from_kb_db()
        {
            var old = _temp.Combine("old", StoreSchema.DatabaseFile);
            Directory.CreateDirectory(Path.GetDirectoryName(old)!);
            File.Copy(_database, old);
            var provisions = StoreSnapshot.Documents(
                Path.Combine(Path.GetDirectoryName(_database)!, ProvisionShards.FileName(ProvisionShards.Of("migration-code", ProvisionShards.BuildCount))),
                StoreSchema.Provisions);
            using (var database = new LiteDatabase(new ConnectionString { Filename = old, Connection = ConnectionType.Direct }))
                database.GetCollection(StoreSchema.Provisions).InsertBulk(provisions);

            using var store = KnowledgeStore.OpenReadOnly(old);

            Assert.Contains(store.Provisions("migration-code", "2014-10-amended", "en"), p => p.EId == "art_45");
        }
    }
}
