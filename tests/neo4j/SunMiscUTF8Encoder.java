// A stand-in for Neo4j 3.1.1's org.neo4j.bolt.v1.packstream.utf8.SunMiscUTF8Encoder, whose original reaches
// into JDK internals that Java 17 no longer has. Same name, same interface; it encodes with the JDK's own
// String.getBytes(UTF_8). Compiled by tests/neo4j/neo4j-server.sh into the test server's plugins/ folder,
// which comes before lib/ on the server's class path. Test-time only.
package org.neo4j.bolt.v1.packstream.utf8;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

public class SunMiscUTF8Encoder implements UTF8Encoder
{
    public SunMiscUTF8Encoder()
    {
    }

    @Override
    public ByteBuffer encode( String input )
    {
        return ByteBuffer.wrap( input.getBytes( StandardCharsets.UTF_8 ) );
    }
}
