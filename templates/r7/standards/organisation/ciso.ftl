<#import "lib.ftl" as o>
<@o.section key="ciso" where=body.self + "に"/>
