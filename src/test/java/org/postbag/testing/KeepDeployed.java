package org.postbag.testing;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.config.descriptor.api.ArquillianDescriptor;
import org.jboss.arquillian.config.descriptor.api.ExtensionDef;
import org.jboss.arquillian.container.spi.Container;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Keeps a test class's deployment on the server after the class, and gives it to the next
 * class whose archive holds exactly the same (by {@link ArchiveDigest}), instead of an undeploy
 * and a deploy of the same WAR: on WildFly that pair is about a third of the integration tests'
 * time. An archive that differs replaces the kept one; the kept one is undeployed before the
 * container stops. Only for the containers that arquillian.xml names
 * ({@code <extension qualifier="keep-deployed">}, property {@code containers}): Payara Micro
 * boots once per deployment and is left as it is.
 *
 * <p>What a class gets is the application as the previous class left it: the database was
 * shared by the whole run already, and the application's own memory (caches, counters, settings
 * overridden for the server) now is too. A class that needs a freshly started application
 * deploys an archive of its own, which this extension then deploys afresh.
 */
public final class KeepDeployed implements LoadableExtension {

    static final String QUALIFIER = "keep-deployed";

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(Keeper.class);
    }

    /** The archive deployed and kept on one container, and the class's deployment now using it. */
    private static final class Kept {
        final Archive<?> archive;
        final String digest;
        final ProtocolMetaData metaData;
        Deployment user;

        Kept(Archive<?> archive, String digest, ProtocolMetaData metaData, Deployment user) {
            this.archive = archive;
            this.digest = digest;
            this.metaData = metaData;
            this.user = user;
        }
    }

    /** Arquillian's observer: runs inside the deployment context that Arquillian opens for each event. */
    public static final class Keeper {

        private static final Logger LOG = Logger.getLogger(KeepDeployed.class.getName());

        @Inject
        private Instance<ArquillianDescriptor> descriptor;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> descriptionProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deploymentProducer;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocolMetaData;

        private final Map<String, Kept> kept = new HashMap<>();

        private Set<String> containers;

        /** Below the deployment context's own interceptor (precedence 0), so that it is active here. */
        public void deploy(@Observes(precedence = -10) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            String container = event.getContainerName();
            Deployment deployment = event.getDeployment();
            DeploymentDescription description = deployment.getDescription();
            if (!keepsOn(container)) {
                context.proceed();
                return;
            }
            Kept current = kept.remove(container);
            boolean keepable = description.isArchiveDeployment() && description.getExpectedException() == null;
            Archive<?> archive = keepable ? deployed(description) : null;
            String digest = keepable ? ArchiveDigest.of(archive) : null;
            if (current != null && current.digest.equals(digest)) {
                descriptionProducer.set(description);
                deploymentProducer.set(deployment);
                protocolMetaData.set(current.metaData);
                deployment.deployed();
                current.user = deployment;
                kept.put(container, current);
                LOG.info(() -> "Kept " + archive.getName() + " deployed for this test class: same content");
                return;
            }
            if (current != null) {
                LOG.info(() -> "Undeploying the kept " + current.archive.getName() + ": the next archive differs");
                event.getDeployableContainer().undeploy(current.archive);
            }
            context.proceed();
            if (keepable && deployment.isDeployed() && !deployment.hasDeploymentError()) {
                kept.put(container, new Kept(archive, digest, protocolMetaData.get(), deployment));
            }
        }

        /** The class is done with the deployment: the kept one stays on the server. */
        public void undeploy(@Observes(precedence = -10) EventContext<UnDeployDeployment> context) {
            UnDeployDeployment event = context.getEvent();
            Kept current = kept.get(event.getContainerName());
            if (current != null && current.user == event.getDeployment()) {
                event.getDeployment().undeployed();
                current.user = null;
                return;
            }
            context.proceed();
        }

        /** Before Arquillian's own service archive, which the kept application depends on. */
        public void undeployAtStop(@Observes(precedence = 10) BeforeStop event, Container container) {
            Kept current = kept.remove(container.getName());
            if (current == null) {
                return;
            }
            try {
                event.getDeployableContainer().undeploy(current.archive);
            } catch (Exception e) {
                LOG.log(Level.WARNING, "Could not undeploy the kept " + current.archive.getName(), e);
            }
        }

        private static Archive<?> deployed(DeploymentDescription description) {
            return description.getTestableArchive() != null
                    ? description.getTestableArchive()
                    : description.getArchive();
        }

        private boolean keepsOn(String container) {
            if (containers == null) {
                containers = descriptor.get().getExtensions().stream()
                        .filter(extension -> QUALIFIER.equals(extension.getExtensionName()))
                        .map(ExtensionDef::getExtensionProperties)
                        .map(properties -> properties.getOrDefault("containers", ""))
                        .flatMap(names -> Stream.of(names.split("[,\\s]+")))
                        .filter(name -> !name.isBlank())
                        .collect(Collectors.toSet());
            }
            return containers.contains(container);
        }
    }
}
