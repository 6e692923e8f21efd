# Production image: built with -Dproduction, so the embedded MariaDB's binaries (only for
# laptops and tests) never enter it. The service needs an external MariaDB, given by
# QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -q -Dproduction dependency:go-offline || true
COPY src src
RUN ./mvnw -B -Dproduction -DskipTests -Dspotless.apply.skip=true package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --no-create-home styrkort
WORKDIR /app
COPY --from=build --chown=10001:10001 /src/target/quarkus-app/lib/ /app/lib/
COPY --from=build --chown=10001:10001 /src/target/quarkus-app/app/ /app/app/
COPY --from=build --chown=10001:10001 /src/target/quarkus-app/quarkus/ /app/quarkus/
COPY --from=build --chown=10001:10001 /src/target/quarkus-app/quarkus-run.jar /app/
USER 10001
EXPOSE 8080
ENV JAVA_OPTS_APPEND="-XX:MaxRAMPercentage=75 -Djava.io.tmpdir=/tmp" \
    STYRKORT_EMBEDDED_DATABASE_ENABLED=false
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS_APPEND -jar /app/quarkus-run.jar"]
