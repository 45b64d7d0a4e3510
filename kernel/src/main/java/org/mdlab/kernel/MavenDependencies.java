package org.mdlab.kernel;

import org.apache.maven.model.Model;
import org.apache.maven.model.Repository;
import org.apache.maven.model.io.xpp3.MavenXpp3Reader;
import org.apache.maven.repository.internal.MavenRepositorySystemUtils;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.LocalRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves Maven coordinates with their runtime dependencies, as IJava's {@code %maven},
 * {@code %mavenRepo} and {@code %%loadFromPOM} do, with Maven Resolver.
 *
 * <p>Resolution is offline first: what the local repository ({@code ~/.m2/repository}, or the
 * {@code maven.repo.local} system property) already holds is used without touching the network;
 * only when that fails are the remote repositories (Maven Central and those added with
 * {@code %mavenRepo}) asked.
 */
final class MavenDependencies {

    private static final String CENTRAL = "https://repo.maven.apache.org/maven2/";
    /** Uses whatever the local repository holds, whichever remote it once came from. */
    private static final String SIMPLE_LAYOUT = "simple";

    private final RepositorySystem system = new RepositorySystemSupplier().get();
    private final Path localRepository;
    private final Map<String, RemoteRepository> remotes = new LinkedHashMap<>();

    MavenDependencies(Path localRepository) {
        this.localRepository = localRepository;
        addRepository("central", CENTRAL);
    }

    /** The local repository Maven itself would use. */
    static Path defaultLocalRepository() {
        String configured = System.getProperty("maven.repo.local");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    /** Adds (or replaces) a remote repository by id. */
    void addRepository(String id, String url) {
        if (id.isBlank() || url.isBlank()) {
            throw new IllegalArgumentException("a repository needs an id and a URL (got id '" + id + "', url '" + url + "')");
        }
        remotes.put(id, new RemoteRepository.Builder(id, "default", url).build());
    }

    /**
     * The jars of {@code coordinates} ({@code group:artifact[:extension[:classifier]]:version}) and of
     * their runtime dependencies.
     *
     * @throws IllegalArgumentException naming the coordinates and why they could not be resolved
     */
    List<Path> resolve(List<String> coordinates) {
        List<Dependency> dependencies = new ArrayList<>();
        for (String coordinate : coordinates) {
            try {
                dependencies.add(new Dependency(new DefaultArtifact(coordinate), JavaScopes.RUNTIME));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + coordinate
                        + "' is not a Maven coordinate of the form group:artifact:version", e);
            }
        }
        try {
            return resolve(dependencies, true);
        } catch (DependencyResolutionException offline) {
            try {
                return resolve(dependencies, false);
            } catch (DependencyResolutionException online) {
                throw new IllegalArgumentException("cannot resolve " + String.join(", ", coordinates) + ": "
                        + rootMessage(online) + " (repositories: " + String.join(", ", remotes.keySet()) + ")", online);
            }
        }
    }

    /** The dependencies (and repositories) of a POM or of a bare {@code <dependencies>} fragment. */
    List<Path> resolvePom(String xml) {
        String text = xml.strip();
        String project = text.startsWith("<project") || text.startsWith("<?xml") ? text
                : "<project><modelVersion>4.0.0</modelVersion>" + text + "</project>";
        Model model;
        try {
            model = new MavenXpp3Reader().read(new StringReader(project));
        } catch (Exception e) {
            throw new IllegalArgumentException("the POM could not be read: " + e.getMessage(), e);
        }
        for (Repository repository : model.getRepositories()) {
            addRepository(repository.getId(), repository.getUrl());
        }
        List<String> coordinates = new ArrayList<>();
        for (org.apache.maven.model.Dependency d : model.getDependencies()) {
            if (d.getScope() == null || d.getScope().equals("compile") || d.getScope().equals("runtime")) {
                coordinates.add(d.getGroupId() + ":" + d.getArtifactId() + ":" + d.getType()
                        + (d.getClassifier() == null ? "" : ":" + d.getClassifier()) + ":" + d.getVersion());
            }
        }
        if (coordinates.isEmpty()) {
            throw new IllegalArgumentException("the POM declares no compile or runtime dependencies");
        }
        return resolve(coordinates);
    }

    private List<Path> resolve(List<Dependency> dependencies, boolean offline) throws DependencyResolutionException {
        DefaultRepositorySystemSession session = MavenRepositorySystemUtils.newSession();
        LocalRepository local = new LocalRepository(localRepository.toFile(), SIMPLE_LAYOUT);
        session.setLocalRepositoryManager(system.newLocalRepositoryManager(session, local));
        session.setOffline(offline);
        CollectRequest collect = new CollectRequest(dependencies, List.of(), new ArrayList<>(remotes.values()));
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        List<Path> jars = new ArrayList<>();
        for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
            jars.add(result.getArtifact().getFile().toPath());
        }
        return jars;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
