<#import "lib.ftl" as o>
<@o.section key="systemManager"/>
