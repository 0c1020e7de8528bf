package dev.procura.platform.persistence;

import java.sql.Types;
import java.util.UUID;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;

/**
 * EclipseLink binds a null {@link UUID} as VARCHAR, which PostgreSQL refuses for a uuid column;
 * binding it as OTHER lets the server infer the column type.
 */
public class PostgresPlatform extends PostgreSQLPlatform {

    @Override
    public int getJDBCType(Class<?> javaType) {
        return javaType == UUID.class ? Types.OTHER : super.getJDBCType(javaType);
    }
}
