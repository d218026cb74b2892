package org.postbag.infrastructure.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The few JSON endpoints the pages' scripts use live under /api. */
@ApplicationPath("api")
public class RestApplication extends Application {}
